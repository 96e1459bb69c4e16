import { buildSheetContent, getTemplate, readSheet, validateSheet } from "../../src/core";
import type { SheetReport } from "../../src/excel";
import { buildRequest } from "../../src/taskpane/build-request";
import { applyUpdate, summaryOf, templateReports } from "../../src/taskpane/reports";
import { submitBlocker } from "../../src/taskpane/submit-blocker";

function templateReport(sheetId: string, figure?: number): SheetReport {
  const content = buildSheetContent(getTemplate("ASYAPPCTZM"), "ME", "2026M06", "common");
  const grid = content.grid.map((row) => [...row]);
  if (figure !== undefined) grid[content.layout.firstDataRow + 5][4] = figure;
  const data = readSheet(grid, sheetId);
  return { kind: "template", sheetId, sheet: sheetId, data, findings: validateSheet(data) };
}

const cover: SheetReport = {
  kind: "cover",
  sheetId: "c",
  sheet: "Cover",
  cover: { packageId: "monthly-asylum", entries: [] },
};

describe("the pane's reports", () => {
  it("keep covers, drop sheets that are no longer templates, and replace all on a full read", () => {
    let map = applyUpdate(new Map(), { reports: [templateReport("a"), cover], complete: false });
    map = applyUpdate(map, {
      reports: [{ kind: "other", sheetId: "a", sheet: "a" }],
      complete: false,
    });
    expect([...map.keys()]).toEqual(["c"]);

    map = applyUpdate(map, { reports: [templateReport("b")], complete: true });
    expect([...map.keys()]).toEqual(["b"]);
  });

  it("count an unreadable sheet as an error and leave covers out of the summary", () => {
    const unreadable: SheetReport = { kind: "unreadable", sheetId: "u", sheet: "u", message: "" };
    const sheets = templateReports([cover, unreadable, templateReport("a", -1)]);

    expect(sheets.map((r) => r.sheetId)).toEqual(["u", "a"]);
    expect(summaryOf(sheets).errors).toBeGreaterThanOrEqual(2);
  });
});

describe("what blocks Submit", () => {
  it("asks for a template, then corrections, then the exchange details", () => {
    expect(submitBlocker(undefined, "x", "y")).toMatch(/Load a template/);
    expect(submitBlocker(templateReport("a", -1), "x", "y")).toMatch(/Correct the/);
    expect(submitBlocker(templateReport("a", 0), " ", "y")).toMatch(/exchange address/);
    expect(submitBlocker(templateReport("a", 0), "http://127.0.0.1", "t")).toBeUndefined();
  });
});

describe("the request sent for a sheet", () => {
  it("carries the template, version, country and the period in SDMX form", () => {
    const report = templateReport("a", 4);
    const request = buildRequest(report.kind === "template" ? report.data : (undefined as never));

    expect(request).toMatchObject({
      templateId: "ASYAPPCTZM",
      templateVersion: "1.0.0",
      country: "ME",
      period: "2026-06",
    });
    expect(request.sdmxCsv).toContain(",4");
  });
});
