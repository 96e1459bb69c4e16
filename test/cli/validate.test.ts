import { writeFileSync } from "fs";
import { getTemplate, writeSdmxCsv } from "../../src/core";
import { consistentFigures, observationsOf } from "./support/cube";
import { midex, tempFolder } from "./support/run";
import { cellsFor, typeInto } from "./support/workbook";

const template = getTemplate("ASYAPPCTZM");
const folder = tempFolder();
const figures = consistentFigures(["SY", "UA"]);
const observations = observationsOf(template, figures, "ME", "2026-06");
const cells = cellsFor("ASYAPPCTZM", observations, "ME", "2026-06");

/** The cell of one figure of the test data, found by the core from its key. */
function cellOf(citizen: string, applicant: string, sex: string, age: string): string {
  const one = observations.filter(
    (o) =>
      o.key.citizen === citizen &&
      o.key.applicant === applicant &&
      o.key.sex === sex &&
      o.key.age === age
  );
  return Object.keys(cellsFor("ASYAPPCTZM", one, "ME", "2026-06"))[0];
}

async function filledWorkbook(name: string, changes: Record<string, number> = {}) {
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
  await typeInto(file, "ASYAPPCTZM", { ...cells, ...changes });
  return file;
}

let clean: string;
let broken: string;
const minorsOfSyria = cellOf("SY", "TOTAL", "T", "Y_LT18");
const ukrainianMen = cellOf("UA", "FRST", "M", "Y18-34");

beforeAll(async () => {
  clean = await filledWorkbook("clean.xlsx");
  broken = await filledWorkbook("broken.xlsx", {
    [minorsOfSyria]: (cells[minorsOfSyria] as number) + 1,
    [ukrainianMen]: (cells[ukrainianMen] as number) + 2,
  });
});

afterAll(() => folder.remove());

describe("midex validate", () => {
  it("passes a workbook whose identities all hold (exit 0)", async () => {
    const result = await midex(["validate", clean]);
    expect(result.code).toBe(0);
    expect(result.out.trim()).toBe(`${clean}: 0 errors, 0 warnings`);
  });

  it("reports exactly the broken identities, at their total cells, as JSON (exit 1)", async () => {
    const result = await midex(["validate", broken, "--json"]);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.out);
    const found = report.findings.map(
      (f: { ruleId: string; address: string }) => `${f.ruleId}@${f.address}`
    );
    expect(found.sort()).toEqual(
      [
        `age-minors@${minorsOfSyria}`,
        `sex-total@${minorsOfSyria}`,
        `applicant-total@${minorsOfSyria}`,
        `citizen-total@${cellOf("TOTAL", "TOTAL", "T", "Y_LT18")}`,
        `age-total@${cellOf("UA", "FRST", "M", "TOTAL")}`,
        `sex-total@${cellOf("UA", "FRST", "T", "Y18-34")}`,
        `applicant-total@${cellOf("UA", "TOTAL", "M", "Y18-34")}`,
        `citizen-total@${cellOf("TOTAL", "FRST", "M", "Y18-34")}`,
      ].sort()
    );
    expect(report).toMatchObject({ file: broken, summary: { errors: 8, warnings: 0 } });
    expect(report.findings[0]).toMatchObject({ severity: "error", sheet: "ASYAPPCTZM" });
  });

  it("prints one line per finding with its sheet and cell, then a summary", async () => {
    const result = await midex(["validate", broken]);
    const lines = result.out.trim().split("\n");
    expect(lines).toHaveLength(9);
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(`^ERROR\\s+ASYAPPCTZM!${minorsOfSyria}\\s+age-minors\\s+\\S`)
      )
    );
    expect(lines[8]).toBe(`${broken}: 8 errors, 0 warnings`);
  });

  it("checks SDMX-CSV as if typed into the template, reporting bad lines and keys", async () => {
    const good = folder.file("good.csv");
    writeFileSync(good, writeSdmxCsv(template, observations));
    expect((await midex(["validate", good])).code).toBe(0);

    const lines = writeSdmxCsv(template, observations).trimEnd().split("\n");
    lines.push(lines[1].replace(",SY,", ",XX,"));
    lines.push(lines[2].replace(/,\d+,A$/, ",many,A"));
    const bad = folder.file("bad.csv");
    writeFileSync(bad, lines.join("\n") + "\n");
    const result = await midex(["validate", bad, "--json"]);
    expect(result.code).toBe(1);
    const findings = JSON.parse(result.out).findings;
    expect(findings).toEqual([
      expect.objectContaining({ ruleId: "sdmx-line", line: lines.length, severity: "error" }),
      expect.objectContaining({
        ruleId: "sdmx-unplaced",
        line: lines.length - 1,
        key: expect.objectContaining({ citizen: "XX" }),
      }),
    ]);
  });

  it("refuses SDMX-CSV that mixes reporting countries (exit 2)", async () => {
    const mixed = folder.file("mixed.csv");
    const albania = observationsOf(template, figures, "AL", "2026-06").slice(0, 3);
    writeFileSync(mixed, writeSdmxCsv(template, [...observations, ...albania]));
    const result = await midex(["validate", mixed]);
    expect(result.code).toBe(2);
    expect(result.err).toContain("mixes reporting countries (AL, ME)");
  });

  it("exits 2 with one plain line for a file that is not an .xlsx workbook", async () => {
    const notExcel = folder.file("notes.xlsx");
    writeFileSync(notExcel, "these are notes, not a workbook\n");
    const result = await midex(["validate", notExcel]);
    expect(result).toMatchObject({ code: 2, out: "" });
    expect(result.err).toBe(
      `midex: cannot read ${notExcel}: not an Excel .xlsx workbook ` +
        '(save it from Excel as "Excel Workbook").\n'
    );
  });
});
