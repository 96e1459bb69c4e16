import { existsSync } from "fs";
import {
  cellAddress,
  codeLists,
  getTemplate,
  highlightRules,
  inputRules,
  STAMP_SHEET,
  stampFromGrid,
  templateLayout,
} from "../../src/core";
import { midex, tempFolder } from "./support/run";
import { conditionalFormats, openWorkbook, protection, validations } from "./support/workbook";

const template = getTemplate("ASYAPPCTZM");
const layout = templateLayout(template, "common");
const folder = tempFolder();
const file = folder.file("me.xlsx");

beforeAll(async () => {
  const result = await midex([
    "template",
    "ASYAPPCTZM",
    "--country",
    "me",
    "--period",
    "2026M06",
    "-o",
    file,
  ]);
  expect(result).toMatchObject({ code: 0, err: "" });
  expect(result.out).toContain("ASYAPPCTZM for ME (Montenegro), 2026-06");
});

afterAll(() => folder.remove());

describe("midex template", () => {
  it("writes the sheet's metadata, codes and labels, with the period kept as text", async () => {
    const sheet = (await openWorkbook(file)).getWorksheet("ASYAPPCTZM")!;
    expect(sheet.getCell("B2").value).toBe("ASYAPPCTZM");
    expect(sheet.getCell("D2").value).toBe(template.version);
    expect(sheet.getCell("B3").value).toBe("ME");
    expect(sheet.getCell("C3").value).toMatchObject({ result: "Montenegro" });
    expect(sheet.getCell("B4").value).toBe("2026-06");
    expect(sheet.getCell("B4").numFmt).toBe("@");
    const firstRow = layout.firstDataRow + 1;
    expect(sheet.getCell(`A${firstRow}`).value).toBe(layout.rowKeys[0].citizen);
    expect(sheet.getCell(`A${firstRow}`).numFmt).toBe("@");
    expect(sheet.getCell(`B${firstRow}`).value).toBe(
      codeLists.label("citizen", layout.rowKeys[0].citizen)
    );
    expect(sheet.getCell("C7").value).toBe(layout.colKeys[0].applicant);
  });

  it("offers the geo codes as a drop-down read from a hidden, protected codes sheet", async () => {
    const workbook = await openWorkbook(file);
    const codes = workbook.getWorksheet("codes")!;
    const geo = codeLists.get("geo").codes;
    expect(codes.state).toBe("hidden");
    expect(protection(codes)).toMatchObject({ sheet: true });
    expect([1, 2, 3, 4, 5, 6].map((r) => codes.getCell(`A${r}`).value)).toEqual([
      "AL",
      "BA",
      "XK",
      "ME",
      "MK",
      "RS",
    ]);
    expect(codes.getCell(`A${geo.length}`).value).toBe(geo[geo.length - 1].code);

    const country = validations(workbook.getWorksheet("ASYAPPCTZM")!)["B3"];
    expect(country).toMatchObject({ type: "list", formulae: [`codes!$A$1:$A$${geo.length}`] });
  });

  it("validates figure cells with the core's input rule and stops wrong entries", async () => {
    const sheet = (await openWorkbook(file)).getWorksheet("ASYAPPCTZM")!;
    const [rule] = inputRules(template, layout);
    const [first] = rule.range.split(":");
    expect(validations(sheet)[first]).toMatchObject({
      type: "custom",
      formulae: [rule.formula.slice(1)],
      allowBlank: true,
      errorStyle: "stop",
      showErrorMessage: true,
      error: rule.message,
    });
  });

  it("highlights invalid cells with one conditional format per core rule", async () => {
    const sheet = (await openWorkbook(file)).getWorksheet("ASYAPPCTZM")!;
    const expected = highlightRules(template, layout);
    const formats = conditionalFormats(sheet);
    expect(formats.map((f) => f.ref)).toEqual(expected.map((r) => r.range));
    expect(formats[1].rules[0]).toMatchObject({
      type: "expression",
      formulae: [expected[1].formula.slice(1)],
      style: {
        fill: { bgColor: { argb: "FFFFC7CE" } },
        font: { color: { argb: "FF9C0006" } },
      },
    });
  });

  it("protects the sheet without a password, leaving only the inputs unlocked", async () => {
    const sheet = (await openWorkbook(file)).getWorksheet("ASYAPPCTZM")!;
    expect(protection(sheet)).toMatchObject({
      sheet: true,
      formatCells: true,
      formatColumns: true,
      formatRows: true,
    });
    expect(protection(sheet)).not.toHaveProperty("hashValue");
    const firstFigure = `C${layout.firstDataRow + 1}`;
    const lastFigure = cellAddress(
      layout.firstDataRow + layout.rowKeys.length - 1,
      layout.firstDataCol + layout.colKeys.length - 1
    );
    for (const address of [firstFigure, lastFigure, "B3", "B4"]) {
      expect(sheet.getCell(address).protection).toMatchObject({ locked: false });
    }
    for (const address of ["A1", "B2", "C7", `A${layout.firstDataRow + 1}`]) {
      expect(sheet.getCell(address).protection?.locked).not.toBe(false);
    }
    expect(sheet.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 13 });
  });

  it("records what it generated on a hidden, protected midex-meta sheet", async () => {
    const meta = (await openWorkbook(file)).getWorksheet(STAMP_SHEET)!;
    expect(meta.state).toBe("hidden");
    expect(protection(meta)).toMatchObject({ sheet: true });
    const grid = [1, 2, 3].map((r) =>
      [1, 2, 3, 4, 5].map((c) => String(meta.getCell(r, c).value ?? ""))
    );
    expect(stampFromGrid(grid)).toEqual([
      {
        sheet: "ASYAPPCTZM",
        templateId: "ASYAPPCTZM",
        templateVersion: template.version,
        country: "ME",
        period: "2026-06",
      },
    ]);
  });

  it("starts with the citizenships a country usually needs", async () => {
    const sheet = (await openWorkbook(file)).getWorksheet("ASYAPPCTZM")!;
    const last = layout.firstDataRow + layout.rowKeys.length;
    expect(layout.rowKeys.length).toBe(codeLists.get("citizen").common!.length);
    expect(sheet.getCell(`A${last}`).value).toBe(layout.rowKeys[layout.rowKeys.length - 1].citizen);
    expect(sheet.getCell(`A${last + 1}`).value).toBeNull();
  });

  it("lays out a quarterly template with two row dimensions, codes kept as text", async () => {
    const quarterly = folder.file("decisions.xlsx");
    const args = [
      "template",
      "ASYDCFSTQ",
      "--country",
      "RS",
      "--period",
      "2026Q2",
      "-o",
      quarterly,
    ];
    expect((await midex(args)).code).toBe(0);
    const sheet = (await openWorkbook(quarterly)).getWorksheet("ASYDCFSTQ")!;
    const decisions = templateLayout(getTemplate("ASYDCFSTQ"), "common");
    const first = decisions.firstDataRow + 1;
    expect(sheet.getCell("B4").value).toBe("2026-Q2");
    expect(sheet.views[0]).toMatchObject({ xSplit: 4, ySplit: decisions.firstDataRow });
    expect([sheet.getCell(`A${first}`).value, sheet.getCell(`C${first}`).value]).toEqual([
      decisions.rowKeys[0].citizen,
      decisions.rowKeys[0].sex,
    ]);
    expect([sheet.getCell(`A${first}`).numFmt, sheet.getCell(`C${first}`).numFmt]).toEqual([
      "@",
      "@",
    ]);
    expect(sheet.getCell(`E${first}`).protection).toMatchObject({ locked: false });
  });

  it("refuses an unknown country, a period of the wrong frequency and an existing file", async () => {
    const out = folder.file("other.xlsx");
    const country = await midex([
      "template",
      "ASYAPPCTZM",
      "--country",
      "XX",
      "--period",
      "2026-06",
      "-o",
      out,
    ]);
    expect(country.code).toBe(2);
    expect(country.err).toMatch(/"XX" is not a reporting country code.*AL, BA, XK, ME, MK, RS/);

    const period = await midex([
      "template",
      "ASYAPPCTZA",
      "--country",
      "AL",
      "--period",
      "2026-06",
      "-o",
      out,
    ]);
    expect(period.code).toBe(2);
    expect(period.err).toContain(
      '"2026-06" is not a reference period of ASYAPPCTZA, which is annual'
    );
    expect(existsSync(out)).toBe(false);

    const again = await midex([
      "template",
      "ASYAPPCTZM",
      "--country",
      "ME",
      "--period",
      "2026-06",
      "-o",
      file,
    ]);
    expect(again).toMatchObject({ code: 2 });
    expect(again.err).toContain("already exists; pass --force");
    expect(again.err).not.toMatch(/\n\s+at /);
  });
});
