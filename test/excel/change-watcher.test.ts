import { installFakeOffice } from "../fake-excel";
import { ChangeWatcher, loadTemplate, readSheetReport, ReportUpdate } from "../../src/excel";
import { Finding } from "../../src/core";

const SHEET = "ASYAPPCTZM";

function findingsOf(update: ReportUpdate | undefined, ruleId?: string): Finding[] {
  const report = update?.reports[0];
  const findings = report?.kind === "template" ? report.findings : [];
  return findings.filter((f) => ruleId === undefined || f.ruleId === ruleId);
}

async function setUp(requirementSets?: Record<string, string>) {
  const host = installFakeOffice(globalThis, { requirementSets });
  const updates: ReportUpdate[] = [];
  const errors: Error[] = [];
  const watcher = new ChangeWatcher({
    onUpdate: (update) => updates.push(update),
    onError: (error) => errors.push(error),
    delayMs: 0,
  });
  await watcher.start();
  await loadTemplate({ templateId: SHEET, country: "ME", period: "2026-06" });
  await host.idle();
  host.resetCounters();
  return { host, updates, errors, watcher };
}

describe("the change watcher", () => {
  it("reports a negative figure typed into one cell, after exactly one sync", async () => {
    const { host, updates, errors } = await setUp();

    await host.user.edit(SHEET, "E20", -3);

    expect(host.syncCount).toBe(1);
    expect(errors).toEqual([]);
    expect(updates).toHaveLength(1);
    expect(findingsOf(updates[0], "figure-value")).toEqual([
      expect.objectContaining({ address: "E20", actual: -3, sheet: SHEET, severity: "error" }),
    ]);
  });

  it("re-reads a pasted block and reports the total that does not match its parts", async () => {
    const { host, updates } = await setUp();

    await host.user.edit(SHEET, "C14", [[10, 4, 3, 2, 1, 1]]);

    expect(host.syncCount).toBe(1);
    expect(findingsOf(updates.at(-1), "age-total")).toEqual([
      expect.objectContaining({ address: "C14", actual: 10, expected: 11 }),
    ]);
  });

  it("clears the finding once the user removes the wrong value", async () => {
    const { host, updates } = await setUp();

    await host.user.edit(SHEET, "E20", -3);
    await host.user.edit(SHEET, "E20", "");

    expect(findingsOf(updates.at(-1))).toEqual([]);
  });

  it("coalesces a burst of edits on one sheet into one re-read", async () => {
    const { host, updates } = await setUp();

    await Promise.all([
      host.user.edit(SHEET, "E20", -1),
      host.user.edit(SHEET, "E21", -2),
      host.user.edit(SHEET, "E22", -3),
    ]);

    expect(host.syncCount).toBe(1);
    expect(updates).toHaveLength(1);
    const negatives = findingsOf(updates[0], "figure-value");
    expect(negatives.map((f) => f.address)).toEqual(["E20", "E21", "E22"]);
  });

  it.each([
    ["ExcelApi 1.9 (events switched off around writes)", { ExcelApi: "1.9" }],
    ["ExcelApi 1.14 (triggerSource)", { ExcelApi: "1.14" }],
  ])("does not react to the add-in's own writes with %s", async (_label, sets) => {
    const { host, updates } = await setUp(sets);

    await loadTemplate({ templateId: SHEET, country: "AL", period: "2026-07" });
    await host.idle();

    expect(updates).toEqual([]);
    expect(host.handlerErrors).toEqual([]);
    expect(host.syncCount).toBe(3);
  });

  it("ignores writes by this add-in that Excel marks as its own (ExcelApi 1.14)", async () => {
    const { host, updates } = await setUp({ ExcelApi: "1.14" });

    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["note"]];
      await context.sync();
    });
    await host.idle();

    expect(updates).toEqual([]);
    expect(host.handlerErrors).toEqual([]);
    expect(host.syncCount).toBe(1);
  });

  it("reports an edited sheet that is not a template as such, so the pane can drop it", async () => {
    const { host, updates } = await setUp();

    await host.user.edit("Sheet1", "A1", "notes");

    expect(updates[0].reports).toEqual([
      { kind: "other", sheetId: expect.any(String), sheet: "Sheet1" },
    ]);
  });

  it("stops re-reading once stopped", async () => {
    const { host, updates, watcher } = await setUp();

    await watcher.stop();
    await host.user.edit(SHEET, "E20", -3);

    expect(updates).toEqual([]);
    expect(host.handlerCount).toBe(0);
  });

  it("re-reads only the edited cells of a sheet it has read before", async () => {
    const { host, updates } = await setUp();
    await host.user.edit(SHEET, "E20", -1);
    host.seed(SHEET, "E30", -5);

    await host.user.edit(SHEET, "E21", -2);

    const negatives = findingsOf(updates.at(-1), "figure-value").map((f) => f.address);
    expect(negatives).toEqual(["E20", "E21"]);
    expect(host.syncCount).toBe(2);
  });

  it("re-reads the whole sheet when a code or the metadata changes", async () => {
    const { host, updates } = await setUp();
    await host.user.edit(SHEET, "E20", -1);
    host.seed(SHEET, "E30", -5);

    await host.user.edit(SHEET, "B4", "June");

    expect(findingsOf(updates.at(-1), "figure-value").map((f) => f.address)).toEqual([
      "E20",
      "E30",
    ]);
    expect(findingsOf(updates.at(-1), "sheet-metadata")).toHaveLength(1);
  });

  it("ends with the same findings as a full validation after a run of figure edits", async () => {
    const { host, updates } = await setUp();
    const edits: [string, unknown][] = [
      ["C14", [[10, 4, 3, 2, 1, 1]]],
      ["C15", 7],
      ["E20", -3],
      ["C14", [[11]]],
      ["E20", ""],
      ["K14", [[5, 1, 1, 1, 1, 1]]],
      ["D16", "x"],
      ["C20", [[2], [3], [4]]],
    ];
    for (const [address, value] of edits) await host.user.edit(SHEET, address, value);

    const full = await readSheetReport(SHEET);
    expect(findingsOf(updates.at(-1))).toEqual(full.kind === "template" ? full.findings : []);
    expect(findingsOf(updates.at(-1)).length).toBeGreaterThan(0);
  });
});

describe("the change watcher, when the user inserts or deletes rows in the data area", () => {
  it("validates a row the user inserted and filled with a new citizenship", async () => {
    const { host, updates, errors } = await setUp();
    await host.user.unprotect(SHEET);

    await host.user.insertRows(SHEET, 20);
    expect(updates.at(-1)?.reports[0]).toMatchObject({ kind: "template" });
    await host.user.edit(SHEET, "A20", [["KI", "Kiribati"]]);
    await host.user.edit(SHEET, "D20", -1);

    expect(errors).toEqual([]);
    const report = updates.at(-1)?.reports[0];
    expect(report?.kind).toBe("template");
    if (report?.kind !== "template") return;
    expect(report.data.layout.rowKeys.map((k) => Object.values(k)[0])).toContain("KI");
    expect(findingsOf(updates.at(-1), "figure-value")).toEqual([
      expect.objectContaining({ address: "D20", actual: -1 }),
    ]);
  });

  it("leaves no finding behind for a row the user deleted", async () => {
    const { host, updates } = await setUp();
    await host.user.unprotect(SHEET);
    await host.user.edit(SHEET, "E20", -3);
    expect(findingsOf(updates.at(-1), "figure-value")).toHaveLength(1);
    host.resetCounters();

    await host.user.deleteRows(SHEET, 20);

    expect(findingsOf(updates.at(-1), "figure-value")).toEqual([]);
    expect(host.syncCount).toBe(1);
  });

  it("gets Excel's row-insert event (no details, a shift direction) and re-reads the sheet", async () => {
    const { host, updates } = await setUp({ ExcelApi: "1.14" });
    await host.user.unprotect(SHEET);
    const seen: unknown[] = [];
    await Excel.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async (args) => {
        const { changeType, address, details, changeDirectionState } = args;
        seen.push({ changeType, address, details, changeDirectionState });
      });
      await context.sync();
    });

    await host.user.insertRows(SHEET, 30, 2);

    expect(seen).toEqual([
      {
        changeType: "RowInserted",
        address: "30:31",
        details: undefined,
        changeDirectionState: { insertShiftDirection: "Down" },
      },
    ]);
    expect(updates.at(-1)?.reports[0]).toMatchObject({ kind: "template", sheet: SHEET });
  });
});
