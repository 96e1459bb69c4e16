import { readFileSync, writeFileSync } from "fs";
import JSZip from "jszip";
import {
  getTemplate,
  highlightRulesFor,
  inputRules,
  readSdmxCsv,
  templateLayout,
  writeSdmxCsv,
} from "../../src/core";
import { readWorkbook } from "../../src/workbook";
import { consistentFigures, observationsOf } from "./support/cube";
import { midex, tempFolder } from "./support/run";
import {
  cellsFor,
  conditionalFormats,
  openWorkbook,
  protection,
  typeInto,
} from "./support/workbook";

const template = getTemplate("ASYAPPCTZM");
const folder = tempFolder();
const observations = observationsOf(
  template,
  consistentFigures(["SY", "UA", "AF"]),
  "ME",
  "2026-06"
);
const canonical = writeSdmxCsv(template, observations);

async function newWorkbook(name: string): Promise<string> {
  const file = folder.file(name);
  const made = await midex([
    "template",
    "ASYAPPCTZM",
    "--country",
    "ME",
    "--period",
    "2026-06",
    "-o",
    file,
  ]);
  expect(made.code).toBe(0);
  return file;
}

/** The raw XML of the template sheet, to see what Excel will be given. */
async function sheetXml(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  return zip.file("xl/worksheets/sheet1.xml")!.async("string");
}

afterAll(() => folder.remove());

describe("midex import", () => {
  let workbook: string;
  let result: Awaited<ReturnType<typeof midex>>;
  const data = folder.file("with-strays.csv");

  beforeAll(async () => {
    workbook = await newWorkbook("import.xlsx");
    const lines = canonical.trimEnd().split("\n");
    const syria = lines.find((line) => line.includes(",SY,"))!;
    const strays = [
      syria.replace(",ME,", ",AL,"),
      syria.replace(",SY,", ",ZZ,"),
      "dataflow,ESTAT:MIGR_ASYAPPCTZM(1.0),I,M,PER,SY",
    ];
    writeFileSync(data, [...lines, ...strays].join("\n") + "\n");
    result = await midex(["import", data, "--into", workbook]);
  });

  it("places every observation by key and lists each one it could not place (exit 1)", async () => {
    expect(result.code).toBe(1);
    const total = observations.length + 3;
    expect(result.out).toContain(`Placed ${observations.length} of ${total} observations`);
    const n = observations.length + 1;
    expect(result.out).toContain(`not placed: line ${n + 1}: `);
    expect(result.out).toMatch(/geo=AL: geo is AL, the sheet's is ME/);
    expect(result.out).toContain(`not placed: line ${n + 2}: `);
    expect(result.out).toMatch(/citizen=ZZ.*: the sheet has no cell for citizen=ZZ$/m);
    expect(result.out).toContain(`not read:   line ${n + 3}: `);
  });

  it("writes the figures into the cells the core assigns", async () => {
    const { grids } = await readWorkbook(workbook);
    const expected = cellsFor("ASYAPPCTZM", observations, "ME", "2026-06");
    const grid = grids.ASYAPPCTZM;
    for (const [address, value] of Object.entries(expected)) {
      const row = Number(address.replace(/^[A-Z]+/, "")) - 1;
      const col =
        address
          .replace(/\d+$/, "")
          .split("")
          .reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      expect([address, grid[row][col]]).toEqual([address, value]);
    }
  });

  it("keeps the validation, conditional formats and protection Excel needs", async () => {
    const xml = await sheetXml(workbook);
    const [rule] = inputRules(template, templateLayout(template, "common"));
    expect(xml.match(/<dataValidation /g)).toHaveLength(2);
    expect(xml).toContain(`type="custom" allowBlank="1" showErrorMessage="1" errorStyle="stop"`);
    expect(xml).toMatch(new RegExp(`sqref="${rule.range}"><formula1>OR\\(C14=`));
    expect(xml).toMatch(/type="list"[^>]*sqref="B3"><formula1>codes!\$A\$1:\$A\$\d+</);
    expect(xml).toContain(
      '<sheetProtection sheet="1" formatCells="0" formatColumns="0" formatRows="0"/>'
    );

    const reopened = await openWorkbook(workbook);
    const sheet = reopened.getWorksheet("ASYAPPCTZM")!;
    expect(conditionalFormats(sheet)).toHaveLength(
      conditionalFormats(
        (await openWorkbook(await newWorkbook("fresh.xlsx"))).getWorksheet("ASYAPPCTZM")!
      ).length
    );
    expect(protection(reopened.getWorksheet("codes")!)).toMatchObject({ sheet: true });
    expect(reopened.getWorksheet("codes")!.state).toBe("hidden");
    expect(sheet.getCell("C14").protection).toMatchObject({ locked: false });
  });
});

describe("midex export", () => {
  it("writes canonical SDMX-CSV 2.0 that imports into a new workbook unchanged", async () => {
    const first = await newWorkbook("first.xlsx");
    await typeInto(first, "ASYAPPCTZM", cellsFor("ASYAPPCTZM", observations, "ME", "2026-06"));
    const exported = folder.file("first.csv");
    const written = await midex(["export", first, "-o", exported]);
    expect(written).toMatchObject({ code: 0, err: "" });
    expect(written.out).toContain(
      `Wrote ${observations.length} observations of ASYAPPCTZM (ME, 2026-06)`
    );
    expect(readFileSync(exported, "utf8")).toBe(canonical);

    const second = await newWorkbook("second.xlsx");
    expect((await midex(["import", exported, "--into", second])).code).toBe(0);
    const again = folder.file("second.csv");
    expect((await midex(["export", second, "-o", again])).code).toBe(0);
    const strip = (text: string) =>
      readSdmxCsv(text).observations.map((o) => ({ ...o, line: undefined }));
    expect(strip(readFileSync(again, "utf8"))).toEqual(strip(canonical));
  });

  it("refuses a sheet with errors unless --allow-errors is given", async () => {
    const file = await newWorkbook("errors.xlsx");
    await typeInto(file, "ASYAPPCTZM", { C14: 5, D14: 1, E14: -2 });
    const out = folder.file("errors.csv");
    const refused = await midex(["export", file, "-o", out]);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/^ERROR\s+ASYAPPCTZM!E14\s+figure-value/m);
    expect(refused.err).toContain("Not exported.");
    const forced = await midex(["export", file, "-o", out, "--allow-errors"]);
    expect(forced.code).toBe(0);
    expect(readFileSync(out, "utf8").split("\n")[0]).toMatch(/^STRUCTURE,STRUCTURE_ID,ACTION,/);
  });
});

describe("midex import of citizenships the sheet does not show yet", () => {
  const belgium = observationsOf(template, consistentFigures(["SY", "BE"]), "ME", "2026-06");
  let file: string;
  let result: Awaited<ReturnType<typeof midex>>;

  beforeAll(async () => {
    file = await newWorkbook("new-rows.xlsx");
    const lines = writeSdmxCsv(template, belgium).trimEnd().split("\n");
    const stray = lines.find((line) => line.includes(",BE,"))!.replace(",BE,", ",ZZ,");
    const data = folder.file("new-rows.csv");
    writeFileSync(data, [...lines, stray].join("\n") + "\n");
    result = await midex(["import", data, "--into", file]);
  });

  it("adds a row for a known code, places its figures and leaves an unknown code out", async () => {
    expect(result.code).toBe(1);
    expect(result.out).toContain(`Placed ${belgium.length} of ${belgium.length + 1} observations`);
    expect(result.out).toContain("Added rows for: BE\n");
    expect(result.out).toMatch(/not placed: line \d+: .*citizen=ZZ.*: the sheet has no cell/);

    const { sheets } = await readWorkbook(file);
    const common = templateLayout(template, "common");
    expect(sheets[0].layout.rowKeys).toEqual([...common.rowKeys, { citizen: "BE" }]);
    const sheet = (await openWorkbook(file)).getWorksheet("ASYAPPCTZM")!;
    const added = common.firstDataRow + common.rowKeys.length + 1;
    expect([sheet.getCell(`A${added}`).value, sheet.getCell(`B${added}`).value]).toEqual([
      "BE",
      "Belgium",
    ]);
    expect((await midex(["validate", file])).code).toBe(0);
  });

  it("extends the conditional formats, the validation and the open cells to the new row", async () => {
    const { sheets } = await readWorkbook(file);
    const sheet = (await openWorkbook(file)).getWorksheet("ASYAPPCTZM")!;
    expect(conditionalFormats(sheet).map((f) => f.ref)).toEqual(
      highlightRulesFor(sheets[0]).map((r) => r.range)
    );
    const [rule] = inputRules(template, sheets[0].layout);
    expect(await sheetXml(file)).toMatch(new RegExp(`sqref="${rule.range}"><formula1>OR\\(C14=`));
    const lastFigure = rule.range.split(":")[1];
    expect(sheet.getCell(lastFigure).protection).toMatchObject({ locked: false });
    expect(sheet.getCell(`A${lastFigure.replace(/^[A-Z]+/, "")}`).protection?.locked).not.toBe(
      false
    );
  });
});

describe("midex import and validate of SDMX-CSV that quotes every field", () => {
  const quoted = canonical
    .trimEnd()
    .split("\n")
    .map((line) =>
      line
        .split(",")
        .map((field) => `"${field}"`)
        .join(",")
    );

  it("reads the quoted header as the plain one and places every observation", async () => {
    const data = folder.file("quoted.csv");
    writeFileSync(data, quoted.join("\r\n") + "\r\n");
    const file = await newWorkbook("quoted.xlsx");
    const result = await midex(["import", data, "--into", file]);
    expect(result).toMatchObject({ code: 0, err: "" });
    expect(result.out).toContain(
      `Placed ${observations.length} of ${observations.length} observations`
    );
    expect((await midex(["validate", data])).code).toBe(0);
  });

  it("knows a quoted file by its header whatever the file is called", async () => {
    const data = folder.file("quoted-data.txt");
    writeFileSync(data, quoted.join("\n") + "\n");
    const result = await midex(["validate", data]);
    expect(result.code).toBe(0);
    expect(result.err).toBe("");
  });

  it("refuses a quote that is never closed or text after one, naming the line (exit 2)", async () => {
    const file = await newWorkbook("badly-quoted.xlsx");
    const unclosed = folder.file("unclosed.csv");
    writeFileSync(unclosed, [...quoted.slice(0, 3), quoted[3].replace(/"$/, "")].join("\n"));
    const never = await midex(["import", unclosed, "--into", file]);
    expect(never.code).toBe(2);
    expect(never.err).toBe(
      `midex: ${unclosed}: the file is not valid CSV: the quoted field that starts on line 4 ` +
        'is never closed (its closing " is missing).\n'
    );

    const after = folder.file("after.csv");
    writeFileSync(
      after,
      [quoted[0].replace('"freq"', '"freq"uency'), ...quoted.slice(1)].join("\n")
    );
    const trailing = await midex(["--lang", "sq", "import", after, "--into", file]);
    expect(trailing.code).toBe(2);
    expect(trailing.err).toContain("në rreshtin 1, pas thonjëzës që mbyll një fushë vjen tekst");
  });
});
