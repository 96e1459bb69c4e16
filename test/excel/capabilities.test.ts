import { installFakeOffice } from "../fake-excel";
import { ChangeWatcher, loadTemplate, ReportUpdate } from "../../src/excel";
import { hostCapabilities } from "../../src/excel/capabilities";

const SHEET = "ASYAPPCTZM";
const choice = { templateId: SHEET, country: "ME", period: "2026-06" };

async function watched(requirementSets: Record<string, string>) {
  const host = installFakeOffice(globalThis, { requirementSets });
  const updates: ReportUpdate[] = [];
  const watcher = new ChangeWatcher({
    onUpdate: (update) => updates.push(update),
    onError: (error) => {
      throw error;
    },
    delayMs: 0,
  });
  await watcher.start();
  return { host, updates };
}

describe("requirement sets beyond the manifest's minimum", () => {
  it("assumes nothing newer than ExcelApi 1.9 where the host offers nothing newer", () => {
    installFakeOffice(globalThis, { requirementSets: { ExcelApi: "1.9" } });

    expect(hostCapabilities()).toEqual({ triggerSource: false, notes: false, mergeUndo: false });
  });

  it("detects each newer set the host offers", () => {
    installFakeOffice(globalThis, { requirementSets: { ExcelApi: "1.18" } });
    expect(hostCapabilities()).toEqual({ triggerSource: true, notes: true, mergeUndo: false });

    installFakeOffice(globalThis, { requirementSets: { ExcelApi: "1.20" } });
    expect(hostCapabilities()).toEqual({ triggerSource: true, notes: true, mergeUndo: true });
  });

  it("assumes the minimum when Office cannot answer", () => {
    const saved = (globalThis as { Office?: unknown }).Office;
    (globalThis as { Office?: unknown }).Office = { context: {} };
    try {
      expect(hostCapabilities().triggerSource).toBe(false);
    } finally {
      (globalThis as { Office?: unknown }).Office = saved;
    }
  });

  it("switches events off around its writes on ExcelApi 1.9, and ignores its own writes", async () => {
    const { host, updates } = await watched({ ExcelApi: "1.9" });

    await loadTemplate(choice);
    await host.idle();

    expect(host.eventPauses).toBeGreaterThan(0);
    expect(host.enableEvents).toBe(true);
    expect(updates).toEqual([]);
  });

  it("leaves events on with ExcelApi 1.14, so no user edit can go unseen, and still ignores its own writes", async () => {
    const { host, updates } = await watched({ ExcelApi: "1.14" });

    await loadTemplate(choice);
    await host.idle();
    await host.user.edit(SHEET, "E20", -3);

    expect(host.eventPauses).toBe(0);
    expect(updates).toHaveLength(1);
    expect(updates[0].reports[0]).toMatchObject({ kind: "template", sheet: SHEET });
  });
});
