import {
  commentProblem,
  getTemplate,
  MAX_COMMENT_LENGTH,
  placeObservations,
  readSdmxCsv,
  sheetToObservations,
  UserError,
  writeSdmxCsv,
} from "../../src/core";
import { monthlySheet, setFigure } from "../support/sheets";

const template = getTemplate("ASYAPPCTZM");

function filledSheet() {
  const sheet = monthlySheet();
  setFigure(sheet, { citizen: "SY", applicant: "FRST", sex: "M", age: "Y18-34" }, 12);
  setFigure(sheet, { citizen: "AF", applicant: "SSEQ", sex: "F", age: "UNK" }, ":");
  setFigure(sheet, { citizen: "XK", applicant: "TOTAL", sex: "T", age: "TOTAL" }, 0);
  return sheet;
}

describe("SDMX-CSV 2.0", () => {
  test("a sheet is written with Eurostat's dimension columns and read back unchanged", () => {
    const csv = writeSdmxCsv(template, sheetToObservations(filledSheet()));
    const lines = csv.trim().split("\n");
    expect(lines[0]).toBe(
      "STRUCTURE,STRUCTURE_ID,ACTION,freq,unit,citizen,sex,age,applicant,geo,TIME_PERIOD," +
        "OBS_VALUE,OBS_STATUS"
    );
    expect(lines).toContain(
      "dataflow,ESTAT:MIGR_ASYAPPCTZM(1.0),I,M,PER,SY,M,Y18-34,FRST,ME,2026-06,12,A"
    );
    expect(lines).toContain(
      "dataflow,ESTAT:MIGR_ASYAPPCTZM(1.0),I,M,PER,AF,F,UNK,SSEQ,ME,2026-06,,M"
    );

    const parsed = readSdmxCsv(csv);
    expect(parsed.problems).toEqual([]);
    const target = monthlySheet();
    const { placements, unplaced } = placeObservations(target, parsed.observations);
    expect(unplaced).toEqual([]);
    for (const p of placements) target.values[p.row][p.col] = p.value;
    expect(target.values).toEqual(filledSheet().values);
  });

  test("the canonical text does not depend on observation order", () => {
    const observations = sheetToObservations(filledSheet());
    expect(writeSdmxCsv(template, [...observations].reverse())).toBe(
      writeSdmxCsv(template, observations)
    );
  });

  test("a semicolon-separated file with CRLF and a BOM is read", () => {
    const csv = writeSdmxCsv(template, sheetToObservations(filledSheet()));
    const semi = "\uFEFF" + csv.replace(/,/g, ";").replace(/\n/g, "\r\n");
    expect(readSdmxCsv(semi).observations).toHaveLength(3);
  });

  test("bad lines are reported with their line numbers, never dropped silently", () => {
    const csv = [
      "STRUCTURE,STRUCTURE_ID,ACTION,freq,unit,citizen,sex,age,applicant,geo,TIME_PERIOD,OBS_VALUE,OBS_STATUS",
      "dataflow,ESTAT:MIGR_ASYAPPCTZM(1.0),I,M,PER,SY,M,Y18-34,FRST,ME,2026-06,abc,A",
      "dataflow,ESTAT:MIGR_ASYAPPCTZM(1.0),I,M,PER,SY,M,Y18-34,FRST,ME,2026-13,1,A",
      "dataflow,ESTAT:MIGR_ASYAPPCTZM(1.0),I,M,PER,SY,M,Y18-34,FRST,ME,2026-06,1",
    ].join("\n");
    const parsed = readSdmxCsv(csv);
    expect(parsed.problems.map((p) => p.line)).toEqual([2, 3, 4]);
    expect(parsed.problems[0].message).toContain('"abc" is not a number');
  });

  test("observations without a cell, of another country or repeated are returned as unplaced", () => {
    const observations = sheetToObservations(filledSheet());
    const stray = { ...observations[0], key: { ...observations[0].key, citizen: "ZZ" } };
    const foreign = { ...observations[0], key: { ...observations[0].key, geo: "RS" } };
    const { unplaced } = placeObservations(monthlySheet(), [
      ...observations,
      stray,
      foreign,
      observations[0],
    ]);
    expect(unplaced.map((u) => u.reason)).toEqual([
      "the sheet has no cell for this key",
      "geo is RS, the sheet's is ME",
      expect.stringContaining("a second observation"),
    ]);
  });

  test("files that are not SDMX-CSV, or of another dataset, are refused plainly", () => {
    expect(() => readSdmxCsv("a,b\n1,2\n")).toThrow(UserError);
    expect(() =>
      readSdmxCsv(
        "STRUCTURE,STRUCTURE_ID,ACTION,TIME_PERIOD,OBS_VALUE\ndataflow,ESTAT:NA_MAIN(1.0),I,2020,1\n"
      )
    ).toThrow(/not one of our templates/);
    expect(() => readSdmxCsv("STRUCTURE,STRUCTURE_ID\n")).toThrow(UserError);
  });
});

describe("Eurostat's SDMX-CSV 1.0", () => {
  test("is read with OBS_FLAG kept and monthly periods in the 2026M06 form normalised", () => {
    const csv = [
      "DATAFLOW,LAST UPDATE,freq,unit,citizen,sex,age,applicant,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG",
      "ESTAT:MIGR_ASYAPPCTZM(1.0),22/05/26 11:00:00,M,PER,SY,T,TOTAL,TOTAL,ME,2026M06,20,p",
    ].join("\n");
    const [observation] = readSdmxCsv(csv).observations;
    expect(observation).toMatchObject({ period: "2026-06", value: 20, flag: "p", status: "A" });
  });
});

test("a structure of another agency is refused", () => {
  const csv = writeSdmxCsv(template, sheetToObservations(filledSheet())).replace(
    /ESTAT:/g,
    "EVIL:"
  );
  expect(() => readSdmxCsv(csv)).toThrow(/agency EVIL/);
});

test("statuses the sheet cannot keep are refused, not dropped", () => {
  const header =
    "STRUCTURE,STRUCTURE_ID,ACTION,freq,unit,citizen,sex,age,applicant,geo,TIME_PERIOD,OBS_VALUE,OBS_STATUS";
  const line = (value: string, status: string) =>
    `dataflow,ESTAT:MIGR_ASYAPPCTZM(1.0),I,M,PER,SY,M,Y18-34,FRST,ME,2026-06,${value},${status}`;
  const parsed = readSdmxCsv(
    [header, line("5", "E"), line("0", "M"), line("", "M"), line("7", "a")].join("\n")
  );
  expect(parsed.problems.map((p) => p.line)).toEqual([2, 3]);
  expect(parsed.observations.map((o) => [o.value, o.status])).toEqual([
    [null, "M"],
    [7, "A"],
  ]);
});

describe("observation comments (COMMENT_OBS)", () => {
  const header =
    "STRUCTURE,STRUCTURE_ID,ACTION,freq,unit,citizen,sex,age,applicant,geo,TIME_PERIOD," +
    "OBS_VALUE,OBS_STATUS,COMMENT_OBS";
  const line = (comment: string) =>
    `dataflow,ESTAT:MIGR_ASYAPPCTZM(1.0),I,M,PER,SY,M,Y18-34,FRST,ME,2026-06,12,A,${comment}`;

  function commented() {
    const observations = sheetToObservations(filledSheet());
    const syrian = observations.findIndex((o) => o.key.citizen === "SY");
    observations[syrian] = {
      ...observations[syrian],
      comment: 'A bus of 40 arrivals on 3 June, "reception centre" Spuž, counted once',
    };
    return observations;
  }

  test("data without comments keep their former bytes: no COMMENT_OBS column", () => {
    const csv = writeSdmxCsv(template, sheetToObservations(filledSheet()));
    expect(csv).not.toContain("COMMENT_OBS");
    const blank = sheetToObservations(filledSheet()).map((o) => ({ ...o, comment: "  " }));
    expect(writeSdmxCsv(template, blank)).toBe(csv);
  });

  test("a comment is written in the COMMENT_OBS column and read back unchanged", () => {
    const csv = writeSdmxCsv(template, commented());
    const lines = csv.trim().split("\n");
    expect(lines[0]).toBe(header);
    expect(lines).toContain(
      line('"A bus of 40 arrivals on 3 June, ""reception centre"" Spuž, counted once"')
    );
    expect(lines).toContain(
      "dataflow,ESTAT:MIGR_ASYAPPCTZM(1.0),I,M,PER,XK,T,TOTAL,TOTAL,ME,2026-06,0,A,"
    );

    const parsed = readSdmxCsv(csv);
    expect(parsed.problems).toEqual([]);
    const strip = (o: { line?: number }) => ({ ...o, line: undefined });
    expect(parsed.observations.map(strip)).toEqual(expect.arrayContaining(commented().map(strip)));
    expect(parsed.observations.filter((o) => o.comment !== undefined)).toHaveLength(1);
    expect(writeSdmxCsv(template, parsed.observations)).toBe(csv);
  });

  test("the text with comments is canonical: same data, same bytes in any order", () => {
    expect(writeSdmxCsv(template, [...commented()].reverse())).toBe(
      writeSdmxCsv(template, commented())
    );
  });

  test("a comment with a line break or another control character is refused, naming the line", () => {
    const csv = [header, line("fine"), line('"two\nlines"'), line("bell\u0007")].join("\n");
    const parsed = readSdmxCsv(csv);
    expect(parsed.observations).toHaveLength(1);
    expect(parsed.problems.map((p) => p.line)).toEqual([3, 5]);
    expect(parsed.problems[0].message).toMatch(/^line 3: COMMENT_OBS: .*control character/);
    expect(parsed.problems[1].message).toContain("U+0007");
  });

  test.each(["=1+1", "+33 1 23", "-2% less", "@SUM(A1)", ' =HYPERLINK("x")'])(
    "a comment that a spreadsheet would run as a formula is refused: %j",
    (comment) => {
      const parsed = readSdmxCsv([header, line("fine"), line(comment)].join("\n"));
      expect(parsed.observations).toHaveLength(1);
      expect(parsed.problems).toEqual([
        expect.objectContaining({
          line: 3,
          messageId: "comment.formula",
          message: expect.stringMatching(/may not start with =, \+, - or @.*formula/),
        }),
      ]);
      const observations = sheetToObservations(filledSheet());
      observations[0] = { ...observations[0], comment };
      expect(() => writeSdmxCsv(template, observations)).toThrow(/formula/);
    }
  );

  test("a comment may hold =, +, - and @ after its first character", () => {
    const parsed = readSdmxCsv([header, line("Total = 12 + 3 - 1 @ centre")].join("\n"));
    expect(parsed.problems).toEqual([]);
  });

  test.each(["202A", "202E", "2066", "2069", "2028", "2029"])(
    "a comment with the invisible layout character U+%s is refused",
    (code) => {
      const character = String.fromCharCode(parseInt(code, 16));
      const parsed = readSdmxCsv([header, line(`Bus ${character}arrivals`)].join("\n"));
      expect(parsed.problems).toEqual([
        expect.objectContaining({
          line: 2,
          message: expect.stringContaining(`(U+${code}) at position 5`),
        }),
      ]);
    }
  );

  test.each([
    ["a lone high surrogate", "ok \ud800 x", "D800"],
    ["a lone low surrogate", "ok \udc00 x", "DC00"],
    ["the noncharacter U+FFFE", "ok \ufffe x", "FFFE"],
    ["the noncharacter U+FFFF", "ok \uffff x", "FFFF"],
  ])("a comment holding %s, which is not text, is refused", (_, comment, code) => {
    const parsed = readSdmxCsv([header, line("fine"), line(comment)].join("\n"));
    expect(parsed.observations).toHaveLength(1);
    expect(parsed.problems).toEqual([
      expect.objectContaining({
        line: 3,
        messageId: "comment.notText",
        message: expect.stringContaining(`(U+${code}) at position 4`),
      }),
    ]);
    expect(commentProblem(comment, 2000)).toContain(`U+${code}`);
    const observations = sheetToObservations(filledSheet());
    observations[0] = { ...observations[0], comment };
    expect(() => writeSdmxCsv(template, observations)).toThrow(/not a character/);
  });

  test("a comment with a character outside the first 65,536 (a surrogate pair) is text", () => {
    const parsed = readSdmxCsv([header, line("Bus 🚌 of 40 and 𝔘")].join("\n"));
    expect(parsed.problems).toEqual([]);
    expect(parsed.observations[0].comment).toBe("Bus 🚌 of 40 and 𝔘");
  });

  test("another free text, like a reviewer's comment, is checked with its own length limit", () => {
    expect(commentProblem("x".repeat(1500), 2000)).toBeUndefined();
    expect(commentProblem("x".repeat(2001), 2000)).toContain("at most 2000");
    expect(commentProblem("@team look at row 3", 2000)).toContain("formula");
  });

  test("a repeated column is refused, naming it", () => {
    const csv = [`${header},COMMENT_OBS`, `${line("fine")},=1+1`].join("\n");
    expect(() => readSdmxCsv(csv)).toThrow(UserError);
    expect(() => readSdmxCsv(csv)).toThrow(/"COMMENT_OBS" twice/);
    const lower = [`${header},comment_obs`, `${line("fine")},x`].join("\n");
    expect(() => readSdmxCsv(lower)).toThrow(/"comment_obs" twice/);
  });

  test("a comment longer than the limit is refused when read and when written", () => {
    const long = "x".repeat(MAX_COMMENT_LENGTH + 1);
    const parsed = readSdmxCsv([header, line(long)].join("\n"));
    expect(parsed.problems).toEqual([
      expect.objectContaining({
        line: 2,
        message: expect.stringContaining(`at most ${MAX_COMMENT_LENGTH}`),
      }),
    ]);
    const observations = sheetToObservations(filledSheet());
    observations[0] = { ...observations[0], comment: long };
    expect(() => writeSdmxCsv(template, observations)).toThrow(UserError);
    expect(() => writeSdmxCsv(template, observations)).toThrow(/citizen=/);
    observations[0] = { ...observations[0], comment: "x".repeat(MAX_COMMENT_LENGTH) };
    expect(writeSdmxCsv(template, observations)).toContain("COMMENT_OBS");
  });
});

describe("quoted fields (RFC 4180)", () => {
  const header =
    "STRUCTURE,STRUCTURE_ID,ACTION,freq,unit,citizen,sex,age,applicant,geo,TIME_PERIOD," +
    "OBS_VALUE,OBS_STATUS";
  const line = "dataflow,ESTAT:MIGR_ASYAPPCTZM(1.0),I,M,PER,SY,M,Y18-34,FRST,ME,2026-06,12,A";
  const quoteAll = (text: string, separator = ",") =>
    text
      .split(",")
      .map((field) => `"${field}"`)
      .join(separator);

  test.each([
    ["a comma", ","],
    ["a semicolon", ";"],
  ])("a header and data with every field quoted, separated by %s, are read", (_, separator) => {
    const csv = [quoteAll(header, separator), quoteAll(line, separator)].join("\r\n");
    const parsed = readSdmxCsv(csv);
    expect(parsed.problems).toEqual([]);
    expect(parsed.observations).toEqual([
      expect.objectContaining({ period: "2026-06", value: 12, status: "A" }),
    ]);
    expect(parsed.observations[0].key).toMatchObject({ citizen: "SY", sex: "M", geo: "ME" });
  });

  test("only the header quoted, with blanks around its quotes, is read like the plain one", () => {
    const csv = [header.replace(/([^,]+)/g, ' "$1" ').trim(), line].join("\n");
    expect(readSdmxCsv(csv).observations).toEqual(
      readSdmxCsv([header, line].join("\n")).observations
    );
  });

  test("Eurostat's SDMX-CSV 1.0 with a quoted header is read", () => {
    const csv = [
      '"DATAFLOW","LAST UPDATE","freq","unit","citizen","sex","age","applicant","geo",' +
        '"TIME_PERIOD","OBS_VALUE","OBS_FLAG"',
      "ESTAT:MIGR_ASYAPPCTZM(1.0),22/05/26 11:00:00,M,PER,SY,T,TOTAL,TOTAL,ME,2026M06,20,",
    ].join("\n");
    expect(readSdmxCsv(csv).observations).toEqual([
      expect.objectContaining({ period: "2026-06", value: 20 }),
    ]);
  });

  test("a quote never closed is refused, naming the line it opens on", () => {
    const unclosed = [header, line, line.replace(",SY,", ',"SY,')].join("\n");
    expect(() => readSdmxCsv(unclosed)).toThrow(UserError);
    expect(() => readSdmxCsv(unclosed)).toThrow(
      /not valid CSV: the quoted field that starts on line 3 is never closed/
    );
    const header1 = ['"STRUCTURE,STRUCTURE_ID,ACTION', line].join("\n");
    expect(() => readSdmxCsv(header1)).toThrow(/starts on line 1 is never closed/);
  });

  test("text after a field's closing quote is refused, naming the line", () => {
    const csv = [header, line, line.replace(",SY,", ',"SY"X,')].join("\n");
    expect(() => readSdmxCsv(csv)).toThrow(/not valid CSV: on line 3, text follows the quote/);
    const quotedHeader = [quoteAll(header).replace('"STRUCTURE_ID"', '"STRUCTURE_ID"ID'), line];
    expect(() => readSdmxCsv(quotedHeader.join("\n"))).toThrow(/on line 1, text follows/);
  });

  test("a quote inside a field that does not start with one is read as it stands", () => {
    const csv = [`${header},COMMENT_OBS`, `${line},The "old" camp`].join("\n");
    expect(readSdmxCsv(csv).observations[0].comment).toBe('The "old" camp');
  });
});

describe("the columns an SDMX-CSV reader does not read", () => {
  const header =
    "STRUCTURE,STRUCTURE_ID,ACTION,freq,unit,citizen,sex,age,applicant,geo,TIME_PERIOD," +
    "OBS_VALUE,OBS_STATUS,OBS_FLAG,COMMENT_OBS";
  const line = "dataflow,ESTAT:MIGR_ASYAPPCTZM(1.0),I,M,PER,SY,M,Y18-34,FRST,ME,2026-06,12,A,p,ok";

  test("are none when the file has only the columns the reader knows", () => {
    expect(readSdmxCsv([header, line].join("\n")).unreadColumns).toEqual([]);
  });

  test("are named with their place, whether they hold values, and whether they look like comments", () => {
    const csv = [`${header},OBS_COMMENT,CONF_STATUS,`, `${line},,F,`, `${line},Bus of 40,F,`];
    expect(readSdmxCsv(csv.join("\n")).unreadColumns).toEqual([
      { name: "OBS_COMMENT", index: 16, filled: true, maybeComments: true },
      { name: "CONF_STATUS", index: 17, filled: true, maybeComments: false },
    ]);
  });

  test("leave out Eurostat's download date, which says nothing of the figures", () => {
    const csv = [
      "DATAFLOW,LAST UPDATE,freq,unit,citizen,sex,age,applicant,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG",
      "ESTAT:MIGR_ASYAPPCTZM(1.0),22/05/26 11:00:00,M,PER,SY,T,TOTAL,TOTAL,ME,2026M06,20,",
    ];
    expect(readSdmxCsv(csv.join("\n")).unreadColumns).toEqual([]);
  });
});
