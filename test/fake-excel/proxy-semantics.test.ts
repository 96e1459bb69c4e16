import { FakeExcelHost, installFakeOffice } from "./index";

let host: FakeExcelHost;

beforeEach(() => {
  host = installFakeOffice(globalThis, { sheets: ["Data", "Meta"] });
});

describe("load/sync semantics", () => {
  test("reading a property that was not loaded throws PropertyNotLoaded", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1");
      range.load("address");
      await context.sync();
      expect(range.address).toBe("Data!A1");
      // eslint-disable-next-line office-addins/load-object-before-read -- proves the fake throws here
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test("load accepts comma lists, arrays, object form and navigation paths", async () => {
    host.seed("Data", "A1", [[1, "x"]]);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const a = sheet.getRange("A1:B1").load("values, rowCount");
      const b = sheet.getRange("A1:B1").load(["columnCount", "format/fill/color"]);
      const c = sheet.getRange("A1:B1").load({ select: "address", expand: "worksheet" });
      await context.sync();
      expect(a.values).toEqual([[1, "x"]]);
      expect(a.rowCount).toBe(1);
      expect(b.columnCount).toBe(2);
      expect(b.format.fill.color).toBe("#FFFFFF");
      expect(c.worksheet.name).toBe("Data");
    });
  });

  test("queued writes are invisible in the workbook until sync", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B1");
      range.values = [[1, 2]];
      range.format.fill.color = "#ff0000";
      expect(host.cell("Data", "A1").value).toBe("");
      await context.sync();
      expect(host.cell("Data", "B1").value).toBe(2);
      expect(host.cell("Data", "A1").fill).toBe("#FF0000");
    });
  });

  test("loaded values show the state when the load ran, not later writes", async () => {
    host.seed("Data", "A1", 1);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const before = sheet.getRange("A1").load("values");
      sheet.getRange("A1").values = [[2]];
      const after = sheet.getRange("A1").load("values");
      await context.sync();
      expect(before.values).toEqual([[1]]);
      expect(after.values).toEqual([[2]]);
    });
  });

  test("syncs are counted per host and request sizes grow with the payload", async () => {
    host.resetCounters();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("A1").values = [["short"]];
      await context.sync();
      sheet.getRange("A1:A100").values = Array.from({ length: 100 }, (_, i) => [`row ${i}`]);
      await context.sync();
    });
    expect(host.syncCount).toBe(2);
    expect(host.requestBytes[1]).toBeGreaterThan(host.requestBytes[0] + 900);
    host.resetCounters();
    expect(host.syncCount).toBe(0);
  });

  test("Excel.run sends commands still queued when the batch ends", async () => {
    host.resetCounters();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("C3").values = [[5]];
    });
    expect(host.syncCount).toBe(1);
    expect(host.cell("Data", "C3").value).toBe(5);
  });

  test("a matrix of the wrong shape fails the sync with InvalidArgument; a scalar fills", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B2");
      range.values = [[1, 2]];
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      range.values = 7 as unknown as unknown[][];
      await context.sync();
    });
    expect(host.values("Data", "A1:B2")).toEqual([
      [7, 7],
      [7, 7],
    ]);
  });

  test("getItem of a missing sheet fails the sync; getItemOrNullObject reports isNullObject", async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Nope");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const present = context.workbook.worksheets.getItemOrNullObject("meta");
      // eslint-disable-next-line office-addins/call-sync-before-read -- proves the fake throws here
      expect(() => missing.isNullObject).toThrow();
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  test("numeric strings are stored as numbers and '=' starts a formula", async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("A1:C1").values = [["12", "abc", "=A1*2"]];
      sheet.getRange("D1").formulas = [["=SUM(A1,C1)"]];
      const read = sheet.getRange("A1:D1").load("values, formulas, valueTypes");
      await context.sync();
      expect(read.values).toEqual([[12, "abc", 24, 36]]);
      expect(read.formulas).toEqual([[12, "abc", "=A1*2", "=SUM(A1,C1)"]]);
      expect(read.valueTypes).toEqual([["Integer", "String", "Integer", "Integer"]]);
    });
  });

  test("used range is the bounding box; an empty sheet gives a null object", async () => {
    host.seed("Data", "B2", [[1], [2]]);
    host.seed("Data", "D1", "x");
    await Excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem("Data").getUsedRange().load("address");
      const none = context.workbook.worksheets.getItem("Meta").getUsedRangeOrNullObject();
      await context.sync();
      expect(used.address).toBe("Data!B1:D3");
      expect(none.isNullObject).toBe(true);
    });
  });

  test("failNextSync rejects the next sync without applying anything", async () => {
    host.failNextSync(new Error("network"));
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1").values = [[1]];
      await expect(context.sync()).rejects.toThrow("network");
    });
    expect(host.cell("Data", "A1").value).toBe("");
  });

  test("hangNextSync leaves the next sync pending and applies nothing", async () => {
    host.hangNextSync();
    let settled = false;
    void Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1").values = [[1]];
      await context.sync();
      settled = true;
    });
    await host.idle();
    expect(settled).toBe(false);
    expect(host.cell("Data", "A1").value).toBe("");
  });

  test("Office.onReady and requirement sets follow the install options", async () => {
    const info = await Office.onReady();
    expect(info).toEqual({ host: "Excel", platform: "PC" });
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.14")).toBe(false);
    installFakeOffice(globalThis, {
      requirementSets: { ExcelApi: "1.14" },
      displayLanguage: "de-DE",
    });
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.14")).toBe(true);
    expect(Office.context.displayLanguage).toBe("de-DE");
  });
});
