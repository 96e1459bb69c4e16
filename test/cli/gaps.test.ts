import { spawn } from "child_process";
import { readFileSync } from "fs";
import path from "path";
import { cellAddress, getTemplate, readSdmxCsv, templateLayout } from "../../src/core";
import { consistentFigures, observationsOf } from "./support/cube";
import { midex, tempFolder } from "./support/run";
import { cellsFor, typeInto } from "./support/workbook";

const template = getTemplate("ASYAPPCTZM");
const folder = tempFolder();
const observations = observationsOf(
  template,
  consistentFigures(["SY", "UA", "AF"]),
  "ME",
  "2026-06"
);
afterAll(() => folder.remove());

async function filledWorkbook(name: string): Promise<string> {
  const file = folder.file(name);
  const args = ["template", "ASYAPPCTZM", "--country", "ME", "--period", "2026-06", "-o", file];
  expect((await midex(args)).code).toBe(0);
  await typeInto(file, "ASYAPPCTZM", cellsFor("ASYAPPCTZM", observations, "ME", "2026-06"));
  return file;
}

describe("a workbook with a cleared row", () => {
  it("still checks and exports every row below it", async () => {
    const file = await filledWorkbook("cleared-row.xlsx");
    // Row 15 holds EU27_2020, which the test figures leave empty: clearing it leaves a blank row.
    await typeInto(file, "ASYAPPCTZM", { A15: null, B15: null });

    const exported = folder.file("cleared-row.csv");
    expect((await midex(["validate", file])).code).toBe(0);
    const result = await midex(["export", file, "-o", exported]);
    expect(result.code).toBe(0);
    expect(result.out).toContain(`Wrote ${observations.length} observations`);
    expect(readSdmxCsv(readFileSync(exported, "utf8")).observations).toHaveLength(
      observations.length
    );

    await typeInto(file, "ASYAPPCTZM", { C30: -1 });
    const validated = await midex(["validate", file]);
    expect(validated.code).toBe(1);
    expect(validated.out).toMatch(/^ERROR\s+ASYAPPCTZM!C30\s+figure-value/m);
  });
});

describe("output piped into a reader that stops early", () => {
  it("ends quietly with the command's own exit code", async () => {
    const file = await filledWorkbook("many-errors.xlsx");
    // Far more findings than a pipe holds, so the writes are still going when the reader stops.
    const layout = templateLayout(template, "common");
    const negative: Record<string, number> = {};
    for (let r = 0; r < 40; r++) {
      for (let c = 0; c < layout.colKeys.length; c++) {
        negative[cellAddress(layout.firstDataRow + r, layout.firstDataCol + c)] = -1;
      }
    }
    await typeInto(file, "ASYAPPCTZM", negative);

    const closed = await runBinClosingOutput(["validate", file]);
    expect(closed.err).not.toMatch(/\n\s+at /);
    expect(closed.err).not.toContain("internal error");
    expect(closed.code).toBe(1);
  });
});

/** Like `midex validate x.xlsx | head -1`: the reader goes away after the first chunk. */
function runBinClosingOutput(args: string[]) {
  const bin = path.resolve(__dirname, "../../bin/midex.js");
  return new Promise<{ code: number | null; err: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let err = "";
    child.stdout.once("data", () => child.stdout.destroy());
    child.stderr.on("data", (chunk) => (err += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, err }));
  });
}
