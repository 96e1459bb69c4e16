import { FakeExcelHost, installFakeOffice } from "./index";

type Args = Excel.WorksheetChangedEventArgs;

async function listen(host: FakeExcelHost): Promise<Args[]> {
  const seen: Args[] = [];
  await Excel.run(async (context) => {
    context.workbook.worksheets.onChanged.add(async (args) => {
      seen.push(args);
    });
    await context.sync();
  });
  await host.idle();
  return seen;
}

describe("onChanged events", () => {
  let host: FakeExcelHost;
  beforeEach(() => {
    host = installFakeOffice(globalThis, { sheets: ["Data"] });
  });

  test("a single-cell user edit carries details; a multi-cell paste does not", async () => {
    const seen = await listen(host);
    host.seed("Data", "B2", 1);
    await host.user.edit("Data", "B2", "42");
    await host.user.edit("Data", "D1", [
      [1, 2],
      [3, 4],
    ]);
    expect(seen).toHaveLength(2);
    expect(seen[0]).toMatchObject({
      type: "WorksheetChanged",
      address: "B2",
      changeType: "RangeEdited",
      source: "Local",
      details: { valueBefore: 1, valueAfter: 42, valueTypeBefore: "Integer" },
    });
    expect(seen[1].address).toBe("D1:E2");
    expect("details" in seen[1]).toBe(false);
    expect(host.cell("Data", "B2").value).toBe(42);
  });

  test("triggerSource exists only under ExcelApi 1.14", async () => {
    const seen = await listen(host);
    await host.user.edit("Data", "A1", "x");
    expect("triggerSource" in seen[0]).toBe(false);

    host = installFakeOffice(globalThis, {
      sheets: ["Data"],
      requirementSets: { ExcelApi: "1.14" },
    });
    const seen14 = await listen(host);
    await host.user.edit("Data", "A1", "x");
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A2").values = [["y"]];
      await context.sync();
    });
    await host.idle();
    expect(seen14.map((e) => e.triggerSource)).toEqual(["Unknown", "ThisLocalAddin"]);
  });

  test("the add-in's own writes, including format-only changes, raise onChanged after sync", async () => {
    const seen = await listen(host);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("C3");
      range.format.fill.color = "#FFFF00";
      await context.sync();
      expect(seen).toHaveLength(0);
    });
    await host.idle();
    expect(seen).toHaveLength(1);
    expect(seen[0].details).toMatchObject({ valueBefore: "", valueAfter: "" });
  });

  test("runtime.enableEvents = false suppresses events until switched back on", async () => {
    const seen = await listen(host);
    await Excel.run(async (context) => {
      context.runtime.enableEvents = false;
      context.workbook.worksheets.getItem("Data").getRange("A1").values = [[1]];
      await context.sync();
    });
    await host.user.edit("Data", "A2", 2);
    expect(seen).toHaveLength(0);
    expect(host.enableEvents).toBe(false);
    await Excel.run(async (context) => {
      context.runtime.enableEvents = true;
      context.runtime.load("enableEvents");
      await context.sync();
      expect(context.runtime.enableEvents).toBe(true);
    });
    await host.user.edit("Data", "A3", 3);
    expect(seen.map((e) => e.address)).toEqual(["A3"]);
  });

  test("getRange(context) on the args reads the changed cells", async () => {
    const values: unknown[] = [];
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").onChanged.add(async (args) => {
        await Excel.run(async (inner) => {
          const range = args.getRange(inner).load("values");
          await inner.sync();
          values.push(range.values);
        });
      });
      await context.sync();
    });
    await host.user.edit("Data", "D4", "hello");
    expect(values).toEqual([[["hello"]]]);
  });

  test("a removed handler stops receiving events after the removing sync", async () => {
    const seen: string[] = [];
    let result: OfficeExtension.EventHandlerResult<Args> | undefined;
    await Excel.run(async (context) => {
      result = context.workbook.worksheets.onChanged.add(async (args) => {
        seen.push(args.address);
      });
      await context.sync();
    });
    expect(host.handlerCount).toBe(1);
    await Excel.run(result!.context, async (context) => {
      result!.remove();
      await context.sync();
    });
    expect(host.handlerCount).toBe(0);
    await host.user.edit("Data", "A1", 1);
    expect(seen).toEqual([]);
  });

  test("selection and activation events reach worksheet handlers", async () => {
    host.addSheet("Other");
    const seen: string[] = [];
    await Excel.run(async (context) => {
      const other = context.workbook.worksheets.getItem("Other");
      other.onSelectionChanged.add(async (args) => {
        seen.push(`${args.type}:${args.address}`);
      });
      context.workbook.worksheets.onActivated.add(async (args) => {
        seen.push(args.type);
      });
      await context.sync();
    });
    await host.user.select("Other", "B2:C3");
    expect(seen).toEqual(["WorksheetActivated", "WorksheetSelectionChanged:B2:C3"]);
    expect(host.selection()).toEqual({ sheet: "Other", address: "B2:C3" });
  });

  test("handler failures are collected instead of escaping", async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async () => {
        throw new Error("boom");
      });
      await context.sync();
    });
    await host.user.edit("Data", "A1", 1);
    expect(host.handlerErrors).toEqual([new Error("boom")]);
  });
});
