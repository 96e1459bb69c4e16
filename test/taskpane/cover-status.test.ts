import { buildSheetContent, getTemplate, readSheet, validateSheet } from "../../src/core";
import type { CoverData, SheetReport } from "../../src/excel";
import { coverChanges, statusOf, withStatuses } from "../../src/taskpane/cover-status";

function templateReport(sheet: string, figure?: number): SheetReport {
  const template = getTemplate("ASYAPPCTZM");
  const content = buildSheetContent(template, "ME", "2026-06", "common");
  const grid = content.grid.map((row) => [...row]);
  if (figure !== undefined) grid[content.layout.firstDataRow + 5][4] = figure;
  const data = readSheet(grid, sheet);
  return { kind: "template", sheetId: `id-${sheet}`, sheet, data, findings: validateSheet(data) };
}

const cover: CoverData = {
  packageId: "monthly-asylum",
  entries: [
    {
      row: 6,
      sheet: "A",
      templateId: "ASYAPPCTZM",
      title: "",
      deadline: "",
      status: "Not started",
    },
    { row: 7, sheet: "B", templateId: "ASYAPPCTZM", title: "", deadline: "", status: "Ready" },
  ],
};

describe("a table's status on the cover", () => {
  it("is Not started for an empty sheet, Ready once it has valid figures", () => {
    expect(statusOf(templateReport("A"))).toBe("Not started");
    expect(statusOf(templateReport("A", 0))).toBe("Ready");
  });

  it("counts errors, in words", () => {
    expect(statusOf(templateReport("A", -1))).toMatch(/^\d+ errors?$/);
  });

  it("says when the sheet is gone or cannot be read", () => {
    expect(statusOf(undefined)).toBe("Sheet missing");
    expect(statusOf({ kind: "unreadable", sheetId: "x", sheet: "A", message: "" })).toBe(
      "Cannot be read"
    );
  });
});

describe("updating the cover", () => {
  it("changes only the statuses that differ", () => {
    const changes = coverChanges(cover, [templateReport("A", 0), templateReport("B", 0)]);

    expect(changes).toEqual([{ row: 6, status: "Ready" }]);
  });

  it("changes nothing when the cover already says what the sheets say", () => {
    expect(coverChanges(cover, [templateReport("A"), templateReport("B", 0)])).toEqual([]);
  });

  it("reads as written once the changes are applied", () => {
    const report: SheetReport = { kind: "cover", sheetId: "c", sheet: "Cover", cover };
    const updated = withStatuses(report, [{ row: 7, status: "2 errors" }]);

    expect(updated.kind === "cover" && updated.cover.entries.map((e) => e.status)).toEqual([
      "Not started",
      "2 errors",
    ]);
  });
});
