import { writeFileSync } from "fs";
import { createServer } from "net";
import { CellValue, getTemplate, sheetToObservations, writeSdmxCsv } from "../../src/core";
import { newSheet } from "../../src/workbook";
import { consistentFigures, observationsOf } from "./support/cube";
import { midex, tempFolder } from "./support/run";
import { cellsFor, openWorkbook, typeInto } from "./support/workbook";

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

/** A workbook as `midex template` makes it, every figure cell blank. */
async function emptyWorkbook(name: string) {
  const file = folder.file(name);
  const args = ["template", "ASYAPPCTZM", "--country", "ME", "--period", "2026-06", "-o", file];
  expect((await midex(args)).code).toBe(0);
  return file;
}

async function filledWorkbook(name: string, changes: Record<string, CellValue> = {}) {
  const file = await emptyWorkbook(name);
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

/** A figure cell of a row of zeros, which no total misses when it is left blank. */
function zeroCell(): string {
  const zeros = Object.keys(completeCells()).filter((address) => !(address in cells));
  return zeros[zeros.length - 1];
}

/** Every figure cell filled, as a submission needs: the test figures, 0 in every other row. */
function completeCells(): Record<string, CellValue> {
  const zeros = newSheet(template, "ME", "2026-06");
  for (const row of zeros.values) row.fill(0);
  return { ...cellsFor("ASYAPPCTZM", sheetToObservations(zeros), "ME", "2026-06"), ...cells };
}

/** A loopback address nothing listens on: submit's local checks run, then it cannot send. */
async function closedEndpoint(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}

interface Reported {
  severity: string;
  ruleId: string;
  address?: string;
}

const errorsOf = (findings: Reported[]) =>
  findings
    .filter((f) => f.severity === "error")
    .map((f) => `${f.ruleId}@${f.address}`)
    .sort();

describe("midex validate and the blank figure cells submit refuses", () => {
  it("passes an empty template, saying how many figure cells submit would refuse", async () => {
    const empty = await filledWorkbook("empty.xlsx", {});
    await typeInto(
      empty,
      "ASYAPPCTZM",
      Object.fromEntries(Object.keys(cells).map((a) => [a, null]))
    );
    const result = await midex(["validate", empty]);
    expect(result.code).toBe(0);
    const lines = result.out.trim().split("\n");
    expect(lines[0]).toBe(`${empty}: 0 errors, 0 warnings`);
    const submitted = await midex(["validate", empty, "--for-submission", "--json"]);
    const [blankSheet] = JSON.parse(submitted.out).findings;
    expect(blankSheet).toMatchObject({ messageId: "complete.blankSheet", severity: "error" });
    expect(lines[1]).toBe(
      `ASYAPPCTZM: ${blankSheet.params.count} figure cell(s) still blank. \`midex submit\` ` +
        "refuses the sheet until each holds a figure, 0 where there were none, or : where not " +
        "available; `midex validate --for-submission` names them."
    );
    expect(submitted.code).toBe(1);
  });

  it("counts blank cells among typed figures, and --for-submission makes them errors", async () => {
    const holed = await filledWorkbook("holed.xlsx", { ...completeCells(), [zeroCell()]: null });
    const result = await midex(["validate", holed, "--json"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toMatchObject({
      summary: { errors: 0 },
      blankCells: [{ sheet: "ASYAPPCTZM", count: 1 }],
    });
    const macedonian = await midex(["--lang", "mk", "validate", holed]);
    expect(macedonian.out).toContain("ASYAPPCTZM: празни ќелии за податоци: 1.");

    const strict = await midex(["validate", holed, "--for-submission"]);
    expect(strict.code).toBe(1);
    expect(strict.out).toMatch(new RegExp(`^ERROR\\s+ASYAPPCTZM!${zeroCell()}\\s+complete`, "m"));
    expect(strict.out).not.toContain("still blank");
  });

  it("with --for-submission refuses exactly what submit's own checks refuse", async () => {
    const endpoint = await closedEndpoint();
    const complete = completeCells();
    const resaved = await filledWorkbook("resaved.xlsx", complete);
    const opened = await openWorkbook(resaved);
    await opened.xlsx.writeFile(resaved);
    const workbooks = [
      await filledWorkbook("agree-partial.xlsx"),
      await filledWorkbook("agree-holed.xlsx", { ...complete, [minorsOfSyria]: null }),
      await filledWorkbook("agree-broken.xlsx", { ...complete, [ukrainianMen]: 999 }),
      await filledWorkbook("agree-retyped.xlsx", { ...complete, B3: "AL" }),
      await filledWorkbook("agree-complete.xlsx", complete),
      resaved,
    ];
    const passed: boolean[] = [];
    for (const file of workbooks) {
      const validated = await midex(["validate", file, "--for-submission", "--json"]);
      const submitted = await midex(["submit", file, "--endpoint", endpoint, "--json"], {
        MIDEX_TOKEN: "not-needed-before-sending",
      });
      if (validated.code === 0) {
        // Nothing refused here: submit went on to send, and found no exchange.
        expect(submitted.code).toBe(2);
        expect(JSON.parse(submitted.out)).toMatchObject({
          summary: { errors: 0 },
          refusal: { status: 0 },
        });
      } else {
        expect(submitted.code).toBe(1);
        const refusal = JSON.parse(submitted.out);
        expect(refusal.submitted).toBe(false);
        expect(errorsOf(refusal.findings)).toEqual(errorsOf(JSON.parse(validated.out).findings));
      }
      passed.push(validated.code === 0);
    }
    // A wholly blank row is no observation, so neither refuses the partly filled sheet.
    expect(passed).toEqual([true, false, false, false, true, true]);
  });

  it("refuses --for-submission for SDMX-CSV, which submit does not send (exit 2)", async () => {
    const data = folder.file("for-submission.csv");
    writeFileSync(data, writeSdmxCsv(template, observations));
    const result = await midex(["validate", data, "--for-submission"]);
    expect(result.code).toBe(2);
    expect(result.err).toContain("which midex submit does not send");
  });
});
