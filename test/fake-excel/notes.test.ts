import { installFakeOffice } from "./index";

const NOTES = { ExcelApi: "1.18" };

function run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run(batch);
}

describe("fake notes (ExcelApi 1.18)", () => {
  it("refuses notes with ApiNotFound on an Excel older than 1.18", async () => {
    installFakeOffice(globalThis, { requirementSets: { ExcelApi: "1.17" } });

    const attempt = run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").notes.add("A1", "text");
      await context.sync();
    });

    await expect(attempt).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("adds, finds, locates, changes and deletes a note", async () => {
    const host = installFakeOffice(globalThis, { requirementSets: NOTES });

    const found = await run(async (context) => {
      const notes = context.workbook.worksheets.getItem("Sheet1").notes;
      notes.add("B3", "first");
      notes.add(context.workbook.worksheets.getItem("Sheet1").getRange("A2"), "second");
      const missing = notes.getItemOrNullObject("C9");
      const note = notes.getItem("B3").load("content,authorName,visible");
      const place = note.getLocation().load("address");
      notes.load("items/content");
      const count = notes.getCount();
      await context.sync();
      return {
        missing: missing.isNullObject,
        content: note.content,
        author: note.authorName,
        visible: note.visible,
        address: place.address,
        items: notes.items.map((n) => n.content),
        // eslint-disable-next-line office-addins/load-object-before-read -- ClientResult needs a sync, not a load
        count: count.value,
      };
    });

    expect(found).toEqual({
      missing: true,
      content: "first",
      author: "Fake User",
      visible: false,
      address: "Sheet1!B3",
      items: ["second", "first"],
      count: 2,
    });

    await run(async (context) => {
      const notes = context.workbook.worksheets.getItem("Sheet1").notes;
      notes.getItem("B3").content = "changed";
      notes.getItemAt(0).delete();
      await context.sync();
    });
    expect(host.notes("Sheet1")).toEqual([
      { address: "B3", content: "changed", authorName: "Fake User", visible: false },
    ]);
  });

  it("allows one note per cell, on one cell", async () => {
    installFakeOffice(globalThis, { requirementSets: NOTES });
    const add = (first: string, second: string) =>
      run(async (context) => {
        const notes = context.workbook.worksheets.getItem("Sheet1").notes;
        notes.add(first, "one");
        notes.add(second, "two");
        await context.sync();
      });

    await expect(add("A1", "A1")).rejects.toMatchObject({ code: "InvalidOperation" });
    await expect(add("A2", "B2:C3")).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").notes.getItem("Z9").load("content");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("protects notes on a protected sheet unless it allows editing objects", async () => {
    const host = installFakeOffice(globalThis, { requirementSets: NOTES });
    const protectAndAdd = (options: Excel.WorksheetProtectionOptions) =>
      run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.protection.protect(options);
        await context.sync();
        try {
          sheet.notes.add("A1", "text");
          await context.sync();
        } finally {
          sheet.protection.unprotect();
          await context.sync();
        }
      });

    await expect(protectAndAdd({ allowFormatCells: true })).rejects.toMatchObject({
      code: "AccessDenied",
    });
    await protectAndAdd({ allowEditObjects: true });
    expect(host.notes("Sheet1").map((n) => n.address)).toEqual(["A1"]);
  });

  it("moves notes with their cells and drops those of deleted rows", async () => {
    const host = installFakeOffice(globalThis, { requirementSets: NOTES });
    host.seedNote("Sheet1", "C5", "moves");
    host.seedNote("Sheet1", "C8", "goes");

    await host.user.insertRows("Sheet1", 2, 2);
    await host.user.deleteRows("Sheet1", 10);

    expect(host.notes("Sheet1").map((n) => [n.address, n.content])).toEqual([["C7", "moves"]]);
  });

  it("reports note changes as edits of the cell, marked with their trigger source", async () => {
    const host = installFakeOffice(globalThis, { requirementSets: NOTES });
    const events: Excel.WorksheetChangedEventArgs[] = [];
    await run(async (context) => {
      context.workbook.worksheets.onChanged.add(async (args) => {
        events.push(args);
      });
      await context.sync();
    });

    await run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").notes.add("D4", "ours");
      await context.sync();
    });
    await host.user.addNote("Sheet1", "E5", "theirs");
    await host.idle();

    expect(events.map((e) => [e.address, e.changeType, e.triggerSource])).toEqual([
      ["D4", "RangeEdited", "ThisLocalAddin"],
      ["E5", "RangeEdited", "Unknown"],
    ]);
  });
});

describe("fake conditional format ranges and priorities", () => {
  async function threeRules() {
    const host = installFakeOffice(globalThis);
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      for (const [address, formula] of [
        ["A1", "=1"],
        ["B2", "=2"],
        ["C3", "=3"],
      ]) {
        const rule = sheet.getRange(address).conditionalFormats.add("Custom");
        rule.custom.rule.formula = formula;
      }
      await context.sync();
    });
    return host;
  }

  const order = (host: ReturnType<typeof installFakeOffice>) =>
    host
      .conditionalFormats("Sheet1")
      .sort((a, b) => a.priority - b.priority)
      .map((cf) => cf.formula);

  it("gives each rule's single range, or a null object", async () => {
    await threeRules();

    const ranges = await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const split = sheet.getRange("D1:F1").conditionalFormats.add("Custom");
      split.custom.rule.formula = "=4";
      sheet.getRange("E1").conditionalFormats.clearAll();
      const formats = context.workbook.worksheets.getItem("Sheet1").getRange().conditionalFormats;
      formats.load("items/type");
      await context.sync();
      const found = formats.items.map((f) => f.getRangeOrNullObject().load("address"));
      await context.sync();
      return found.map((r) => (r.isNullObject ? null : r.address));
    });

    expect(ranges).toEqual([null, "Sheet1!C3", "Sheet1!B2", "Sheet1!A1"]);
  });

  it("moves a rule to the priority it is given, clamped, counting from the back when negative", async () => {
    const host = await threeRules();
    expect(order(host)).toEqual(["=3", "=2", "=1"]);

    const setPriority = (index: number, priority: number) =>
      run(async (context) => {
        const formats = context.workbook.worksheets.getItem("Sheet1").getRange().conditionalFormats;
        formats.getItemAt(index).priority = priority;
        await context.sync();
      });

    await setPriority(0, 99);
    expect(order(host)).toEqual(["=2", "=1", "=3"]);
    await setPriority(2, 0);
    expect(order(host)).toEqual(["=3", "=2", "=1"]);
    await setPriority(0, -1);
    expect(order(host)).toEqual(["=2", "=1", "=3"]);
  });
});
