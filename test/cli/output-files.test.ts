import { existsSync, readFileSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { getTemplate, writeSdmxCsv } from "../../src/core";
import { consistentFigures, observationsOf } from "./support/cube";
import { midex, tempFolder } from "./support/run";
import { cellsFor, typeInto } from "./support/workbook";

const template = getTemplate("ASYAPPCTZM");
const folder = tempFolder();
const observations = observationsOf(template, consistentFigures(["SY"]), "ME", "2026-06");
afterAll(() => folder.remove());

async function filledWorkbook(name: string): Promise<string> {
  const file = folder.file(name);
  const args = ["template", "ASYAPPCTZM", "--country", "ME", "--period", "2026-06", "-o", file];
  expect((await midex(args)).code).toBe(0);
  await typeInto(file, "ASYAPPCTZM", cellsFor("ASYAPPCTZM", observations, "ME", "2026-06"));
  return file;
}

describe("commands that write a file", () => {
  it("export never writes over the workbook it reads", async () => {
    const file = await filledWorkbook("self.xlsx");
    const before = readFileSync(file);
    const result = await midex(["export", file, "-o", file, "--force"]);
    expect(result.code).toBe(2);
    expect(result.err).toContain(`the output file ${file} is the file being read`);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it("export writes only a .csv file, and replaces one only with --force", async () => {
    const file = await filledWorkbook("export.xlsx");
    const wrong = await midex(["export", file, "-o", folder.file("data.txt")]);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain("should end in .csv");

    const out = folder.file("export.csv");
    writeFileSync(out, "keep me");
    const refused = await midex(["export", file, "-o", out]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain(`${out} already exists; pass --force to replace it.`);
    expect(readFileSync(out, "utf8")).toBe("keep me");
    expect((await midex(["export", file, "-o", out, "--force"])).code).toBe(0);
    expect(readFileSync(out, "utf8")).toMatch(/^STRUCTURE,/);
  });

  it("migrate never writes over the workbook it reads", async () => {
    const file = await filledWorkbook("migrate-self.xlsx");
    const result = await midex(["migrate", file, "-o", file, "--force"]);
    expect(result.code).toBe(2);
    expect(result.err).toContain("is the file being read");
  });
});

describe("macro-enabled workbooks", () => {
  it("are read, but import refuses to write into them and leaves them as they were", async () => {
    const xlsx = await filledWorkbook("macros.xlsx");
    const zip = await JSZip.loadAsync(readFileSync(xlsx));
    zip.file("xl/vbaProject.bin", Buffer.from("not really VBA"));
    const xlsm = folder.file("macros.xlsm");
    writeFileSync(xlsm, await zip.generateAsync({ type: "nodebuffer" }));
    const data = folder.file("macros.csv");
    writeFileSync(data, writeSdmxCsv(template, observations));

    expect((await midex(["validate", xlsm])).code).toBe(0);
    const before = readFileSync(xlsm);
    const refused = await midex(["import", data, "--into", xlsm]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("macro-enabled workbooks are read-only for midex");
    expect(refused.err).toContain("save a copy as .xlsx");
    expect(readFileSync(xlsm).equals(before)).toBe(true);

    const renamed = folder.file("macros-renamed.xlsx");
    writeFileSync(renamed, before);
    const hidden = await midex(["import", data, "--into", renamed]);
    expect(hidden.code).toBe(2);
    expect(hidden.err).toContain("macro-enabled workbooks are read-only");
    expect(existsSync(renamed)).toBe(true);
  });
});
