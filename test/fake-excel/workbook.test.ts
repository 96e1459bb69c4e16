import { FakeExcelHost, installFakeOffice } from "./index";

let host: FakeExcelHost;

beforeEach(() => {
  host = installFakeOffice(globalThis, { sheets: ["Data"] });
});

describe("custom XML parts", () => {
  const ns = "urn:wb-midex:template";
  const xml = `<?xml version="1.0"?><template xmlns="${ns}"><id>T1</id></template>`;

  test("a part added by namespace can be found again, read back and deleted", async () => {
    await Excel.run(async (context) => {
      const added = context.workbook.customXmlParts.add(xml).load("id");
      await context.sync();
      expect(added.id).toMatch(/^\{.+\}$/);
    });
    await Excel.run(async (context) => {
      const part = context.workbook.customXmlParts.getByNamespace(ns).getOnlyItemOrNullObject();
      await context.sync();
      expect(part.isNullObject).toBe(false);
      const text = part.getXml();
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- proves the fake throws here
      expect(() => text.value).toThrow();
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- ClientResult needs a sync, not a load
      expect(text.value).toBe(xml);
      part.delete();
      await context.sync();
    });
    expect(host.customXmlParts()).toEqual([]);
  });

  test("getOnlyItemOrNullObject is null for none or several parts", async () => {
    await Excel.run(async (context) => {
      const none = context.workbook.customXmlParts.getByNamespace(ns).getOnlyItemOrNullObject();
      context.workbook.customXmlParts.add(xml);
      context.workbook.customXmlParts.add(xml);
      const two = context.workbook.customXmlParts.getByNamespace(ns).getOnlyItemOrNullObject();
      const count = context.workbook.customXmlParts.getByNamespace(ns).getCount();
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- ClientResult needs a sync, not a load
      expect([none.isNullObject, two.isNullObject, count.value]).toEqual([true, true, 2]);
    });
  });
});

describe("names", () => {
  test("a name added with a sheet reference resolves to its range", async () => {
    host.addSheet("Meta Data");
    await Excel.run(async (context) => {
      context.workbook.names.add("TemplateId", "='Meta Data'!$B$2");
      const range = context.workbook.names
        .getItemOrNullObject("templateid")
        .getRange()
        .load("address");
      const missing = context.workbook.names.getItemOrNullObject("Other");
      await context.sync();
      expect(range.address).toBe("'Meta Data'!B2");
      expect(missing.isNullObject).toBe(true);
      context.workbook.names.add("TemplateId", "=Data!A1");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    });
  });
});

describe("formatting, conditional formats and data validation", () => {
  test("conditional formats store the formula and colours and can be cleared", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A2:C10");
      const cf = range.conditionalFormats.add(Excel.ConditionalFormatType.custom);
      cf.custom.rule.formula = '=AND(A2<>"",NOT(ISNUMBER(A2)))';
      cf.custom.format.fill.color = "#FFC7CE";
      cf.custom.format.font.color = "#9C0006";
      const count = range.conditionalFormats.getCount();
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- ClientResult needs a sync, not a load
      expect(count.value).toBe(1);
    });
    expect(host.conditionalFormats("Data")).toEqual([
      expect.objectContaining({
        range: "Data!A2:C10",
        formula: '=AND(A2<>"",NOT(ISNUMBER(A2)))',
        fill: "#FFC7CE",
        fontColor: "#9C0006",
      }),
    ]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A2:C10").conditionalFormats.clearAll();
      await context.sync();
    });
    expect(host.conditionalFormats("Data")).toEqual([]);
  });

  test("data validation rules, alerts and clear are stored per range", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("B2:B5");
      range.dataValidation.rule = { list: { inCellDropDown: true, source: "M,F,T" } };
      range.dataValidation.errorAlert = {
        showAlert: true,
        style: Excel.DataValidationAlertStyle.warning,
        title: "Sex",
        message: "Use a code",
      };
      const dv = range.dataValidation.load("type, rule");
      await context.sync();
      expect(dv.type).toBe("List");
      range.dataValidation.rule = { list: {} as Excel.ListDataValidation };
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(host.dataValidations("Data")).toEqual([
      expect.objectContaining({
        range: "Data!B2:B5",
        type: "List",
        errorAlert: expect.objectContaining({ style: "Warning", title: "Sex" }),
      }),
    ]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("B2:B5").dataValidation.clear();
      await context.sync();
    });
    expect(host.dataValidations("Data")).toEqual([]);
  });

  test("fonts, fills, number formats and column widths read back", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B1");
      range.format.font.bold = true;
      range.format.font.color = "#ff0000";
      range.format.columnWidth = 80;
      range.numberFormat = [["0.00", "@"]];
      range.format.autofitColumns();
      await context.sync();
      range.format.fill.clear();
      const font = range.format.font.load("bold, color");
      const format = range.format.load("columnWidth");
      await context.sync();
      expect([font.bold, font.color, format.columnWidth]).toEqual([true, "#FF0000", 80]);
    });
    expect(host.cell("Data", "B1")).toMatchObject({ numberFormat: "@", bold: true });
    expect(host.sheetInfo("Data").autofitColumns).toEqual(["A1:B1"]);
  });

  test("user fill copies values and shifts relative formula references", async () => {
    host.seed("Data", "A1", [
      [1, "=A1*2"],
      [2, null],
      [3, null],
    ]);
    await host.user.fill("Data", "B1", "B1:B3");
    expect(host.cell("Data", "B3").formula).toBe("=A3*2");
    expect(host.values("Data", "B1:B3")).toEqual([[2], [4], [6]]);
  });
});
