import ExcelJS from "exceljs";
import { getTemplate, UserError } from "../../src/core";
import { buildTemplateWorkbook, readWorkbook } from "../../src/workbook";
import { midex, tempFolder } from "./support/run";

const template = getTemplate("ASYAPPCTZM");
const folder = tempFolder();

afterAll(() => folder.remove());

describe("readWorkbook", () => {
  it("reads what Excel shows: cached formula results, plain text, serial dates, error text", async () => {
    const workbook = await buildTemplateWorkbook(template, "ME", "2026-06");
    const sheet = workbook.getWorksheet("ASYAPPCTZM")!;
    sheet.getCell("C14").value = { formula: "SUM(D14:E14)", result: 12 };
    sheet.getCell("D14").value = {
      richText: [{ text: "12" }, { text: "0", font: { bold: true } }],
    };
    sheet.getCell("E14").value = new Date(Date.UTC(2026, 5, 1));
    sheet.getCell("F14").value = { error: "#REF!" };
    sheet.getCell("G14").value = true;
    const file = folder.file("values.xlsx");
    await workbook.xlsx.writeFile(file);

    const { sheets, grids, formulaCells } = await readWorkbook(file);
    expect(grids.ASYAPPCTZM[13].slice(2, 7)).toEqual([12, "120", 46174, "#REF!", true]);
    expect(formulaCells.ASYAPPCTZM).toEqual(expect.arrayContaining(["C3", "C14"]));
    expect(sheets[0]).toMatchObject({ country: "ME", period: "2026-06", sheetName: "ASYAPPCTZM" });
  });

  it("reads every template sheet and ignores the others", async () => {
    const workbook = await buildTemplateWorkbook(template, "ME", "2026-06");
    const albania = workbook.addWorksheet("AL annual");
    albania.getCell("B2").value = "ASYAPPCTZA";
    workbook.addWorksheet("Notes").getCell("B2").value = "not a template id";
    const file = folder.file("two.xlsx");
    await workbook.xlsx.writeFile(file);

    const { sheets } = await readWorkbook(file);
    expect(sheets.map((s) => [s.sheetName, s.template.id])).toEqual([
      ["ASYAPPCTZM", "ASYAPPCTZM"],
      ["AL annual", "ASYAPPCTZA"],
    ]);
    const exported = await midex(["export", file, "-o", folder.file("two.csv")]);
    expect(exported.code).toBe(2);
    expect(exported.err).toContain("holds several template sheets (ASYAPPCTZM, AL annual)");
  });

  it("says plainly when a workbook holds no template sheet", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Sheet1").getCell("A1").value = "hello";
    const file = folder.file("plain.xlsx");
    await workbook.xlsx.writeFile(file);

    await expect(readWorkbook(file)).rejects.toThrow(UserError);
    await expect(readWorkbook(file)).rejects.toThrow(`${file} holds no WB-MIDEX template sheet`);
    const result = await midex(["validate", file]);
    expect(result.code).toBe(2);
  });

  it("says plainly when the file is missing", async () => {
    const missing = folder.file("missing.xlsx");
    await expect(readWorkbook(missing)).rejects.toThrow(`cannot read ${missing}: no such file`);
  });
});
