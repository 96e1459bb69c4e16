import { FakeExcelHost, installFakeOffice } from "./index";

let host: FakeExcelHost;

beforeEach(() => {
  host = installFakeOffice(globalThis, { sheets: ["Data", "Meta"] });
});

describe("worksheet protection", () => {
  test("protect on a protected sheet and unprotect on an unprotected one are AccessDenied", async () => {
    await Excel.run(async (context) => {
      const protection = context.workbook.worksheets.getItem("Meta").protection;
      protection.unprotect();
      await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
      protection.protect({ allowFormatCells: false }, "pw");
      protection.load("protected");
      await context.sync();
      expect(protection.protected).toBe(true);
      protection.protect();
      await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    });
    expect(host.protection("Meta")).toMatchObject({ protected: true, hasPassword: true });
  });

  test("locked cells on a protected sheet refuse add-in writes and user edits", async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("B1").format.protection.locked = false;
      sheet.protection.protect();
      await context.sync();
      sheet.getRange("A1").values = [[1]];
      await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
      sheet.getRange("B1").values = [[2]];
      await context.sync();
    });
    await expect(host.user.edit("Data", "A1", "3")).rejects.toMatchObject({ code: "AccessDenied" });
    expect(host.values("Data", "A1:B1")).toEqual([["", 2]]);
  });
});

describe("rows", () => {
  test("inserting rows shifts cells down and fires RowInserted", async () => {
    host.seed("Data", "A1", [["head"], ["r2"], ["r3"]]);
    const seen: Excel.WorksheetChangedEventArgs[] = [];
    await Excel.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async (args) => {
        seen.push(args);
      });
      await context.sync();
    });
    await host.user.insertRows("Data", 2, 2);
    expect(host.values("Data", "A1:A5")).toEqual([["head"], [""], [""], ["r2"], ["r3"]]);
    expect(seen[0]).toMatchObject({ changeType: "RowInserted", address: "2:3" });

    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("2:3").delete("Up");
      await context.sync();
    });
    await host.idle();
    expect(host.values("Data", "A1:A3")).toEqual([["head"], ["r2"], ["r3"]]);
    expect(seen[1]).toMatchObject({ changeType: "RowDeleted", address: "2:3" });
  });

  test("inserted rows move conditional formats, validations and names with the cells", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("B2:B3");
      range.conditionalFormats.add(Excel.ConditionalFormatType.custom).custom.rule.formula =
        "=B2<0";
      range.dataValidation.rule = { wholeNumber: { formula1: 0, operator: "GreaterThan" } };
      context.workbook.names.add("Block", range);
      range.getEntireRow().insert(Excel.InsertShiftDirection.down);
      await context.sync();
    });
    expect(host.conditionalFormats("Data")[0].range).toBe("Data!B4:B5");
    expect(host.dataValidations("Data")[0].range).toBe("Data!B4:B5");
    expect(host.names()).toEqual([{ name: "Block", reference: "Data!B4:B5" }]);
  });
});

describe("worksheet members", () => {
  test("visibility, position, tab colour, freeze panes and activation are recorded", async () => {
    await Excel.run(async (context) => {
      const meta = context.workbook.worksheets.getItem("Meta");
      meta.visibility = Excel.SheetVisibility.veryHidden;
      meta.position = 0;
      meta.tabColor = "#00FF00";
      const data = context.workbook.worksheets.getItem("Data");
      data.freezePanes.freezeRows(2);
      data.activate();
      const sheets = context.workbook.worksheets.load("items/name, items/visibility");
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.visibility])).toEqual([
        ["Meta", "VeryHidden"],
        ["Data", "Visible"],
      ]);
    });
    expect(host.sheetInfo("Data").frozen).toEqual({ rows: 2, columns: 0 });
    expect(host.sheetInfo("Meta").tabColor).toBe("#00FF00");
    expect(host.activeSheet()).toBe("Data");
  });

  test("the last visible sheet cannot be hidden", async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Meta").visibility = "Hidden";
      context.workbook.worksheets.getItem("Data").visibility = "Hidden";
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    });
  });

  test("ranges navigate by offset, resize, cell and entire row", async () => {
    await Excel.run(async (context) => {
      const base = context.workbook.worksheets.getItem("Data").getRange("B2:C3");
      const offset = base.getOffsetRange(1, 1).load("address");
      const resized = base.getResizedRange(2, 0).load("address");
      const cell = base.getCell(1, 1).load("address, rowIndex, columnIndex");
      const row = base.getEntireRow().load("address");
      const byIndex = context.workbook.worksheets.getItem("Data").getRangeByIndexes(0, 26, 2, 2);
      byIndex.load("address");
      await context.sync();
      expect([offset.address, resized.address, cell.address, row.address, byIndex.address]).toEqual(
        ["Data!C3:D4", "Data!B2:C5", "Data!C3", "Data!2:3", "Data!AA1:AB2"]
      );
      expect([cell.rowIndex, cell.columnIndex]).toEqual([2, 2]);
    });
  });

  test("range.select records the selection and active sheet", async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Meta").getRange("C5").select();
      await context.sync();
      const active = context.workbook.getActiveCell().load("address");
      await context.sync();
      expect(active.address).toBe("Meta!C5");
    });
    expect(host.selection()).toEqual({ sheet: "Meta", address: "C5" });
  });
});
