import { readSdmxCsv, render } from "../../src/core";
import { Language, LANGUAGES } from "../../src/core/i18n";

const header =
  "STRUCTURE,STRUCTURE_ID,ACTION,freq,unit,citizen,sex,age,applicant,geo,TIME_PERIOD," +
  "OBS_VALUE,OBS_STATUS,COMMENT_OBS";
const line = (time: string, value: string, status = "A", comment = "") =>
  `dataflow,ESTAT:MIGR_ASYAPPCTZM(1.0),I,M,PER,SY,M,Y18-34,FRST,ME,${time},${value},${status},` +
  comment;

/** One line for each reason a line cannot be read, in the order of the lines. */
const csv = [
  header,
  line("2026-06", "1").replace(",I,", ",X,"),
  line("2026-6", "1"),
  line("2026-06", "abc"),
  line("2026-06", "1e300"),
  line("2026-06", "1", "E"),
  line("2026-06", "4", "M"),
  line("2026-06", "1", "A", "=1+1"),
  line("2026-06", "1").replace("ESTAT:MIGR_ASYAPPCTZM", "ESTAT:MIGR_ASYAPPCTZA"),
  "dataflow,ESTAT:MIGR_ASYAPPCTZM(1.0),I,M",
].join("\n");
const problems = readSdmxCsv(csv).problems;

describe("the lines an SDMX-CSV reader could not read", () => {
  it("are data: a message id and its parameters, the line among them", () => {
    expect(problems.map((p) => [p.line, p.messageId])).toEqual([
      [2, "sdmx.action"],
      [3, "sdmx.period"],
      [4, "sdmx.notNumber"],
      [5, "sdmx.tooLarge"],
      [6, "sdmx.status"],
      [7, "sdmx.missingWithValue"],
      [8, "comment.formula"],
      [9, "sdmx.otherStructure"],
      [10, "sdmx.fieldCount"],
    ]);
    for (const p of problems) expect(p.params.line).toBe(p.line);
  });

  it("keep their English sentences, which logs and the exchange show", () => {
    expect(problems.map((p) => p.message)).toEqual([
      'line 2: action "X" is not supported (use I, A or R)',
      'line 3: "2026-6" is not a monthly period; write it like 2026-06',
      'line 4: OBS_VALUE "abc" is not a number',
      "line 5: OBS_VALUE 1e300 is too large to be a count",
      'line 6: OBS_STATUS "E" is not supported; use A (a figure) or M (missing)',
      "line 7: OBS_STATUS M (missing) but OBS_VALUE 4; leave the value empty or use A",
      "line 8: COMMENT_OBS: the comment may not start with =, +, - or @, because spreadsheet " +
        "programs would run it as a formula; start with a word",
      'line 9: structure "ESTAT:MIGR_ASYAPPCTZA(1.0)" differs from the first line\'s',
      "line 10: 4 fields where the header has 14",
    ]);
  });

  it.each([
    ["sq", "rreshti 3: „2026-6“ nuk është periudhë mujore; shkruajeni si 2026-06"],
    ["sr-Latn", "red 3: „2026-6“ nije mesečni period; upišite ga kao 2026-06"],
    ["sr-Cyrl", "ред 3: „2026-6“ није месечни период; упишите га као 2026-06"],
    ["mk", "ред 3: „2026-6“ не е месечен период; напишете го како 2026-06"],
    ["bs", "red 3: „2026-6“ nije mjesečni period; upišite ga kao 2026-06"],
    ["cnr", "red 3: „2026-6“ nije mjesečni period; upišite ga kao 2026-06"],
  ])("are said in %s, with the user's values as written", (language, period) => {
    const said = problems.map((p) => render(p.messageId, p.params, language));
    expect(said[1]).toBe(period);
    for (const [i, sentence] of said.entries()) {
      expect(sentence).not.toBe(problems[i].message);
      expect(sentence).toContain(String(problems[i].line));
    }
    expect(said[2]).toContain("abc");
  });

  it("keep codes a file must hold in Latin letters in Serbian Cyrillic", () => {
    const action = render(problems[0].messageId, problems[0].params, "sr-Cyrl");
    expect(action).toBe("ред 2: радња „X“ није подржана (користите I, A или R)");
    const status = render(problems[4].messageId, problems[4].params, "sr-Cyrl");
    expect(status).toContain("OBS_STATUS „E“");
    expect(status).toMatch(/користите A \(податак\) или M \(недостаје\)$/);
  });

  it("are said in every language without a trace of the English", () => {
    for (const language of [...LANGUAGES.filter((l) => l !== "en"), "qps"] as Language[]) {
      for (const p of problems) {
        const sentence = render(p.messageId, p.params, language);
        expect(sentence).not.toMatch(/undefined|is not supported|\uE000|\uE001/);
      }
    }
  });
});
