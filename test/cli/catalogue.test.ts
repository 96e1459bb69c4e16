import {
  allTemplates,
  findPackage,
  rangeAddress,
  STAMP_SHEET,
  templateLayout,
} from "../../src/core";
import { readWorkbook } from "../../src/workbook";
import { midex, tempFolder } from "./support/run";
import { openWorkbook } from "./support/workbook";

const folder = tempFolder();
afterAll(() => folder.remove());

describe("midex templates", () => {
  it("lists every template once, in its package, with the deadline for a period", async () => {
    const result = await midex(["templates", "--json", "--period", "2026-06"]);
    expect(result.code).toBe(0);
    const { templates, packages } = JSON.parse(result.out);
    expect(templates.map((t: { id: string }) => t.id).sort()).toEqual(
      allTemplates()
        .map((t) => t.id)
        .sort()
    );
    expect(templates.find((t: { id: string }) => t.id === "ASYAPPCTZM")).toEqual({
      id: "ASYAPPCTZM",
      title: expect.stringContaining("Asylum applicants"),
      legalBasis: expect.stringContaining("Article 4(1)"),
      article: { article: 4, paragraph: 1 },
      frequency: "M",
      deadlineMonths: 2,
      package: "monthly-asylum",
      deadline: "2026-08-31",
    });
    expect(templates.find((t: { id: string }) => t.id === "ASYAPPCTZA")).not.toHaveProperty(
      "deadline"
    );
    const monthly = packages.find((p: { id: string }) => p.id === "monthly-asylum");
    expect(monthly.templates).toEqual(findPackage("monthly-asylum")!.templates.map((t) => t.id));
  });

  it("prints the catalogue grouped by package, each table with its deadline rule", async () => {
    const result = await midex(["templates"]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^monthly-asylum: monthly international protection \(Art\. 4\)$/m);
    expect(result.out).toMatch(/^ {2}ASYAPPCTZM +Asylum applicants/m);
    expect(result.out).toMatch(/^ +monthly, due 2 months after the period$/m);
  });
});

describe("midex template with a package id", () => {
  const file = folder.file("monthly.xlsx");
  const pkg = findPackage("monthly-asylum")!;

  beforeAll(async () => {
    const args = ["template", "monthly-asylum", "--country", "ME", "--period", "2026M06"];
    const result = await midex([...args, "-o", file]);
    expect(result).toMatchObject({ code: 0, err: "" });
    expect(result.out).toContain(`a cover sheet and ${pkg.templates.length} tables`);
  });

  it("writes a cover sheet first, then one sheet per table, then the hidden sheets", async () => {
    const workbook = await openWorkbook(file);
    const names = workbook.worksheets.map((s) => s.name);
    expect(names).toEqual(["Cover", ...pkg.templates.map((t) => t.id), "codes", STAMP_SHEET]);
    const { sheets, stamps } = await readWorkbook(file);
    expect(sheets.map((s) => [s.template.id, s.country, s.period])).toEqual(
      pkg.templates.map((t) => [t.id, "ME", "2026-06"])
    );
    expect(stamps.xml).toEqual(stamps.grid);
    expect(stamps.xml!.map((s) => s.sheet)).toEqual(pkg.templates.map((t) => t.id));
    expect((await midex(["validate", file])).code).toBe(0);
  });

  it("lists each table on the cover with its deadline, a link and a status formula", async () => {
    const cover = (await openWorkbook(file)).getWorksheet("Cover")!;
    expect([
      cover.getCell("B2").value,
      cover.getCell("B3").value,
      cover.getCell("B4").value,
    ]).toEqual(["monthly-asylum", "ME", "2026-06"]);
    const applicants = pkg.templates.findIndex((t) => t.id === "ASYAPPCTZM");
    const cell = (column: number) => cover.getCell(7 + applicants, column).value;
    expect(cell(1)).toBe("ASYAPPCTZM");
    expect(cell(3)).toContain("Article 4(1)");
    expect(cell(4)).toBe("2026-08-31");
    expect(cell(5)).toMatchObject({
      formula: `HYPERLINK("#'ASYAPPCTZM'!A1","ASYAPPCTZM")`,
    });
    const all = templateLayout(pkg.templates[applicants], "all");
    const figures = rangeAddress(
      all.firstDataRow,
      all.firstDataCol,
      all.firstDataRow + all.rowKeys.length - 1,
      all.firstDataCol + all.colKeys.length - 1
    );
    expect(cell(6)).toEqual({
      formula: `IF(COUNTA('ASYAPPCTZM'!${figures})=0,"Not started","In progress")`,
      result: "Not started",
    });
  });

  it("refuses a period that does not fit the package's frequency", async () => {
    const out = folder.file("wrong.xlsx");
    const args = ["template", "annual-asylum", "--country", "ME", "--period", "2026-06"];
    const result = await midex([...args, "-o", out]);
    expect(result.code).toBe(2);
    expect(result.err).toContain("is not a reference period of the package annual-asylum");
    const unknown = await midex([
      "template",
      "weekly-things",
      "--country",
      "ME",
      "--period",
      "2026",
      "-o",
      out,
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('there is no template or package "weekly-things"');
  });
});
