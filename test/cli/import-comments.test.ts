import { readFileSync, writeFileSync } from "fs";
import JSZip from "jszip";
import {
  getTemplate,
  keyText,
  Observation,
  RECEIPT_NAMESPACE,
  recordsFromXml,
  recordsToXml,
  STAMP_NAMESPACE,
  SubmissionRecords,
  writeSdmxCsv,
} from "../../src/core";
import { readWorkbook } from "../../src/workbook";
import { openWorkbook as openWithParts } from "../../src/workbook/read-workbook";
import { saveWorkbook } from "../../src/workbook/save";
import { consistentFigures, observationsOf } from "./support/cube";
import { midex, tempFolder } from "./support/run";
import { cellsFor } from "./support/workbook";

const template = getTemplate("ASYAPPCTZM");
const folder = tempFolder();
afterAll(() => folder.remove());

const BUS = 'A bus of 40 arrivals on 3 June, "reception centre" Spuž, counted once';
const CAMP = "New camp opened in May";

/** Syria's figures, two of them commented as an official justifies a warning. */
function commentedObservations(): { observations: Observation[]; commented: Observation[] } {
  const observations = observationsOf(template, consistentFigures(["SY"]), "ME", "2026-06");
  const at = (sex: string, age: string) =>
    observations.findIndex(
      (o) =>
        o.key.citizen === "SY" &&
        o.key.applicant === "FRST" &&
        o.key.sex === sex &&
        o.key.age === age
    );
  // In the sheet's reading order: the column of men of unknown age comes first.
  const first = at("M", "UNK");
  const second = at("F", "Y18-34");
  observations[first] = { ...observations[first], comment: BUS };
  observations[second] = { ...observations[second], comment: CAMP };
  return { observations, commented: [observations[first], observations[second]] };
}

async function newWorkbook(name: string): Promise<string> {
  const file = folder.file(name);
  const args = ["template", "ASYAPPCTZM", "--country", "ME", "--period", "2026-06", "-o", file];
  expect((await midex(args)).code).toBe(0);
  return file;
}

/** The submission records as the add-in reads them: every part of their namespace. */
async function recordsPartsOf(file: string): Promise<SubmissionRecords[]> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const items = zip.file(/^customXml\/item\d+\.xml$/);
  const xml = await Promise.all(items.map((item) => item.async("string")));
  return xml.filter((x) => x.includes(`xmlns="${RECEIPT_NAMESPACE}"`)).map(recordsFromXml);
}

/** The key the add-in names a warned cell by: its row and column codes. */
function cellKeyOf(observation: Observation): string {
  const { citizen, applicant, sex, age } = observation.key;
  return keyText({ citizen, applicant, sex, age });
}

describe("midex import of observations with comments (COMMENT_OBS)", () => {
  const { observations, commented } = commentedObservations();
  const data = folder.file("commented.csv");
  const [busCell, campCell] = Object.keys(cellsFor("ASYAPPCTZM", commented, "ME", "2026-06"));
  let file: string;
  let result: Awaited<ReturnType<typeof midex>>;

  beforeAll(async () => {
    writeFileSync(data, writeSdmxCsv(template, observations));
    file = await newWorkbook("commented.xlsx");
    result = await midex(["import", data, "--into", file]);
  });

  it("keeps each comment in the workbook and says so, naming the cells (exit 0)", () => {
    expect(result).toMatchObject({ code: 0, err: "" });
    expect(result.out).toContain(
      `Kept 2 comment(s) (COMMENT_OBS) as justifications of the warnings on their cells ` +
        `(${busCell}, ${campCell}), where the add-in and \`midex submit\` find them.`
    );
  });

  it("keeps them where the add-in reads justifications: the submission records' XML part", async () => {
    const parts = await recordsPartsOf(file);
    expect(parts).toHaveLength(1);
    expect(parts[0].receipts).toEqual([]);
    expect(parts[0].justifications).toEqual([
      { sheet: "ASYAPPCTZM", ruleId: "usual-range", key: cellKeyOf(commented[0]), text: BUS },
      { sheet: "ASYAPPCTZM", ruleId: "usual-range", key: cellKeyOf(commented[1]), text: CAMP },
    ]);
    const zip = await JSZip.loadAsync(readFileSync(file));
    const props = await Promise.all(
      zip.file(/^customXml\/itemProps\d+\.xml$/).map((p) => p.async("string"))
    );
    expect(props.some((p) => p.includes(`ds:uri="${RECEIPT_NAMESPACE}"`))).toBe(true);
    expect(props.some((p) => p.includes(`ds:uri="${STAMP_NAMESPACE}"`))).toBe(true);
  });

  it("leaves the workbook readable, its stamp whole and its records readable by midex", async () => {
    const content = await readWorkbook(file);
    expect(content.stamps.xml).toHaveLength(1);
    expect(content.records.justifications.map((j) => j.text)).toEqual([BUS, CAMP]);
    expect((await midex(["validate", file])).code).toBe(0);
  });

  it("says the comments in the language", async () => {
    const again = await midex(["--lang", "mk", "import", data, "--into", file]);
    expect(again.code).toBe(0);
    expect(again.out).toContain(`Коментарите (COMMENT_OBS) се зачувани`);
    expect(again.out).toContain(`: 2 (${busCell}, ${campCell}).`);
    // Imported twice, each warning still has one justification.
    expect((await recordsPartsOf(file))[0].justifications).toHaveLength(2);
  });
});

describe("midex import into a workbook the add-in has recorded submissions in", () => {
  it("keeps its receipts and justifications, replacing only those the data justify anew", async () => {
    const { observations, commented } = commentedObservations();
    const file = await newWorkbook("recorded.xlsx");
    const receipt = {
      sheet: "ASYAPPCTZM",
      templateId: "ASYAPPCTZM",
      templateVersion: template.version,
      country: "ME",
      period: "2026-06",
      submissionId: "sub-1",
      version: 1,
      receivedAt: "2026-07-02T09:00:00Z",
      sha256: "a".repeat(64),
      observations: 10,
      status: "received",
    };
    const kept = { sheet: "ASYAPPCTZM", ruleId: "usual-range", key: "age=TOTAL", text: "Kept" };
    const replaced = { ...kept, key: cellKeyOf(commented[0]), text: "Old words" };
    const other = { ...kept, sheet: "Other", text: "Another sheet's" };
    const opened = await openWithParts(file);
    const records = { receipts: [receipt], justifications: [kept, replaced, other] };
    await saveWorkbook(opened.workbook, file, opened.stampXml, recordsToXml(records));

    const data = folder.file("recorded.csv");
    writeFileSync(data, writeSdmxCsv(template, observations));
    expect((await midex(["import", data, "--into", file])).code).toBe(0);

    const [after] = await recordsPartsOf(file);
    expect(after.receipts).toEqual([receipt]);
    expect(after.justifications).toEqual([
      kept,
      other,
      { ...replaced, text: BUS },
      { ...replaced, key: cellKeyOf(commented[1]), text: CAMP },
    ]);
  });

  it("keeps the records as they were when the data carry no comments", async () => {
    const file = await newWorkbook("untouched.xlsx");
    const opened = await openWithParts(file);
    const records = {
      receipts: [],
      justifications: [{ sheet: "ASYAPPCTZM", ruleId: "usual-range", key: "age=T", text: "x" }],
    };
    await saveWorkbook(opened.workbook, file, opened.stampXml, recordsToXml(records));
    const data = folder.file("plain.csv");
    const plain = observationsOf(template, consistentFigures(["SY"]), "ME", "2026-06");
    writeFileSync(data, writeSdmxCsv(template, plain));
    const result = await midex(["import", data, "--into", file]);
    expect(result.code).toBe(0);
    expect(result.out).not.toContain("COMMENT_OBS");
    expect(await recordsPartsOf(file)).toEqual([records]);
  });
});

describe("midex import over justifications already saved in the workbook", () => {
  const { observations, commented } = commentedObservations();
  const [busCell] = Object.keys(cellsFor("ASYAPPCTZM", commented, "ME", "2026-06"));
  const data = folder.file("over-typed.csv");
  beforeAll(() => writeFileSync(data, writeSdmxCsv(template, observations)));

  /** A workbook whose first commented cell has `text` saved as its justification. */
  async function typedWorkbook(name: string, text: string): Promise<string> {
    const file = await newWorkbook(name);
    const typed = {
      sheet: "ASYAPPCTZM",
      ruleId: "usual-range",
      key: cellKeyOf(commented[0]),
      text,
    };
    const opened = await openWithParts(file);
    const records = recordsToXml({ receipts: [], justifications: [typed] });
    await saveWorkbook(opened.workbook, file, opened.stampXml, records);
    return file;
  }

  it("says whose justification the file's comment replaced, naming the cell", async () => {
    const file = await typedWorkbook("typed.xlsx", "Typed in the pane by the official");
    const result = await midex(["import", data, "--into", file]);
    expect(result.code).toBe(0);
    expect(result.out).toContain(
      "Replaced the justification already saved in the workbook by the file's comment " +
        `(COMMENT_OBS) on 1 cell(s): ${busCell}.`
    );
    expect((await recordsPartsOf(file))[0].justifications[0].text).toBe(BUS);
  });

  it("says it in the language", async () => {
    const file = await typedWorkbook("typed-sq.xlsx", "Shkruar në panel");
    const result = await midex(["--lang", "sq", "import", data, "--into", file]);
    expect(result.out).toContain(
      "Arsyetimi i ruajtur tashmë në librin e punës u zëvendësua me komentin e skedarit " +
        `(COMMENT_OBS) në qelizat: 1 (${busCell}).`
    );
  });

  it("says nothing of replacing when the saved text is the file's own", async () => {
    const file = await typedWorkbook("same.xlsx", BUS);
    const result = await midex(["import", data, "--into", file]);
    expect(result.code).toBe(0);
    expect(result.out).not.toMatch(/replaced/i);
  });
});
