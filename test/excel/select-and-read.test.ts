import { installFakeOffice } from "../fake-excel";
import {
  ExcelProblem,
  loadTemplate,
  readSheetReport,
  readWorkbookReports,
  selectCell,
  SelectionWatcher,
} from "../../src/excel";
import { uniqueSheetName } from "../../src/excel/sheet-name";

const choice = { templateId: "ASYAPPCTZM", country: "ME", period: "2026-06" };

describe("going to a finding's cell", () => {
  it("activates the finding's sheet and selects the cell, from another sheet", async () => {
    const host = installFakeOffice(globalThis);
    await loadTemplate(choice);
    await host.user.activate("Sheet1");

    await selectCell("ASYAPPCTZM", "E20");

    expect(host.selection()).toEqual({ sheet: "ASYAPPCTZM", address: "E20" });
  });

  it("explains plainly when the sheet no longer exists", async () => {
    installFakeOffice(globalThis);

    const going = selectCell("Gone", "A1");

    await expect(going).rejects.toBeInstanceOf(ExcelProblem);
    await expect(going).rejects.toThrow(/no longer exists/);
  });

  it("tells the pane which cell the user selected, without a sync", async () => {
    const host = installFakeOffice(globalThis);
    await loadTemplate(choice);
    const selected: unknown[] = [];
    const watcher = new SelectionWatcher((cell) => selected.push(cell));
    await watcher.start();
    host.resetCounters();

    await host.user.select("ASYAPPCTZM", "F30:G31");

    expect(selected).toEqual([{ sheetId: expect.any(String), address: "F30" }]);
    expect(host.syncCount).toBe(0);
    await watcher.stop();
  });
});

describe("reading sheets back", () => {
  it("reads and validates one sheet, with the workbook's stamps, in two syncs", async () => {
    const host = installFakeOffice(globalThis);
    await loadTemplate(choice);
    host.seed("ASYAPPCTZM", "E20", -5);
    host.resetCounters();

    const report = await readSheetReport("ASYAPPCTZM");

    expect(host.syncCount).toBe(2);
    expect(report.kind).toBe("template");
    const findings = report.kind === "template" ? report.findings : [];
    expect(findings.some((f) => f.ruleId === "figure-value" && f.address === "E20")).toBe(true);
  });

  it("reads every sheet in two syncs and tells templates from other sheets", async () => {
    const host = installFakeOffice(globalThis, { sheets: ["Notes"] });
    await loadTemplate(choice);
    host.seed("Notes", "A1", "free text");
    host.resetCounters();

    const reports = await readWorkbookReports();

    expect(host.syncCount).toBe(2);
    expect(reports.map((r) => [r.sheet, r.kind])).toEqual([
      ["Notes", "other"],
      ["ASYAPPCTZM", "template"],
      ["midex-meta", "other"],
    ]);
  });

  it("reports a template sheet that cannot be read, with the core's explanation", async () => {
    const host = installFakeOffice(globalThis);
    await loadTemplate(choice);
    host.seed("ASYAPPCTZM", "C102", 5);

    const report = await readSheetReport("ASYAPPCTZM");

    expect(report).toMatchObject({ kind: "unreadable", sheet: "ASYAPPCTZM" });
    expect(report.kind === "unreadable" && report.message).toMatch(/without a code/);
  });

  it("gives up on a sync that never answers with a plain message", async () => {
    const host = installFakeOffice(globalThis);
    host.hangNextSync();

    await expect(readSheetReport("Sheet1", { timeoutMs: 20 })).rejects.toThrow(
      /did not answer within/
    );
  });
});

describe("naming a new template sheet", () => {
  it("adds a number when the name is taken, ignoring case, within Excel's 31 characters", () => {
    expect(uniqueSheetName("ASYAPPCTZM", [])).toBe("ASYAPPCTZM");
    expect(uniqueSheetName("ASYAPPCTZM", ["asyappctzm", "ASYAPPCTZM (2)"])).toBe("ASYAPPCTZM (3)");
    expect(uniqueSheetName("X".repeat(40), ["X".repeat(31)])).toBe(`${"X".repeat(27)} (2)`);
  });
});
