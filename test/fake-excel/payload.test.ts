import { installFakeOffice } from "./index";

const column = (n: number) => Array.from({ length: n }, (_, i) => [`value number ${i}`]);

describe("fake Excel: request and response sizes, limits, held syncs", () => {
  it("measures what each response brings back, growing with the values loaded", async () => {
    const host = installFakeOffice(globalThis, { sheets: ["Data"] });
    host.seed("Data", "A1", column(100));
    host.resetCounters();

    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("A1").load("values");
      await context.sync();
      sheet.getRange("A1:A100").load("values");
      await context.sync();
    });

    expect(host.responseBytes).toHaveLength(2);
    expect(host.responseBytes[1]).toBeGreaterThan(host.responseBytes[0] + 1500);
  });

  it("refuses a request or a response over the web's limit with Excel's codes", async () => {
    const host = installFakeOffice(globalThis, { sheets: ["Data"], payloadLimitBytes: 2_000 });
    host.seed("Data", "A1", column(100));

    const write = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("B1:B100").values = column(100);
      await context.sync();
    });
    await expect(write).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(host.values("Data", "B1")).toEqual([[""]]);

    const read = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1:A100").load("values");
      await context.sync();
    });
    await expect(read).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  it("gives the used cells within a range, or a null object when it has none", async () => {
    const host = installFakeOffice(globalThis, { sheets: ["Data"] });
    host.seed("Data", "B2", [
      [1, 2],
      [3, 4],
    ]);
    host.seed("Data", "H40", 9);

    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const head = sheet.getRange("A1:D10").getUsedRangeOrNullObject(true).load("address,values");
      const none = sheet.getRange("Z1:Z5").getUsedRangeOrNullObject(true);
      await context.sync();
      expect(head.address).toBe("Data!B2:C3");
      expect(head.values).toEqual([
        [1, 2],
        [3, 4],
      ]);
      expect(none.isNullObject).toBe(true);
    });
  });

  it("holds syncs until released, and counts how often the add-in switched events off", async () => {
    const host = installFakeOffice(globalThis, { sheets: ["Data"] });
    host.holdSyncs();
    let done = false;
    const run = Excel.run(async (context) => {
      context.runtime.enableEvents = false;
      await context.sync();
      context.runtime.enableEvents = true;
      await context.sync();
    }).then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toBe(false);

    host.releaseSyncs();
    await run;

    expect(host.eventPauses).toBe(1);
    expect(host.enableEvents).toBe(true);
  });
});
