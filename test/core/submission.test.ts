import {
  allTemplates,
  getTemplate,
  SheetData,
  validateForSubmission,
  validateSheet,
} from "../../src/core";
import { emptySheet } from "../../src/core";
import { fillConsistently } from "../templates/fill";

const template = getTemplate("ASYAPPCTZM");

function filledSheet(): SheetData {
  const sheet = emptySheet(template, "ME", "2026-06", "common");
  sheet.sheetName = "Applicants";
  fillConsistently(sheet, 3);
  return sheet;
}

const blanks = (sheet: SheetData) =>
  validateForSubmission(template, sheet).filter((f) => f.ruleId === "complete");

describe("completeness before submission", () => {
  test("a consistent, fully filled sheet passes", () => {
    expect(validateForSubmission(template, filledSheet())).toEqual([]);
  });

  test("names a narrower total by its own label, the grand total as all of its dimension", () => {
    const sheet = filledSheet();
    const column = (age: string) =>
      sheet.layout.colKeys.findIndex((k) => k.age === age && k.sex === "T");
    sheet.values[0][column("Y_LT18")] = null;
    sheet.values[0][column("TOTAL")] = null;

    const byAge = new Map(blanks(sheet).map((f) => [f.key?.age, f.message]));
    expect(byAge.get("Y_LT18")).toMatch(/, Less than 18 years\) is blank/);
    expect(byAge.get("TOTAL")).toMatch(/, all ages\) is blank/);
  });

  test("zeros and the not-available marker count as filled", () => {
    const sheet = filledSheet();
    sheet.values[1] = sheet.values[1].map(() => ":");
    sheet.values[2] = sheet.values[2].map(() => 0);
    expect(blanks(sheet)).toEqual([]);
  });

  test("a blank cell is an error naming the cell; live validation does not report it", () => {
    const sheet = filledSheet();
    sheet.values[2][5] = null;
    expect(validateSheet(sheet).filter((f) => f.ruleId === "complete")).toEqual([]);
    const [finding] = blanks(sheet);
    expect(finding).toMatchObject({ severity: "error", messageId: "complete.blank" });
    expect(finding.sheet).toBe("Applicants");
    expect(finding.message).toMatch(/^[A-Z]+\d+ \(.+\) is blank\. Before submitting/);
    expect(blanks(sheet)).toHaveLength(1);
  });

  test("a wholly blank row is one finding naming the row", () => {
    const sheet = filledSheet();
    const row = sheet.layout.rowKeys.findIndex((k) => k.citizen === "SY");
    sheet.values[row] = sheet.values[row].map(() => null);
    const found = blanks(sheet);
    expect(found).toHaveLength(1);
    expect(found[0].messageId).toBe("complete.blankRow");
    expect(found[0].message).toContain("(Syria)");
    expect(found[0].params.count).toBe(sheet.layout.colKeys.length);
  });

  test("a blank sheet is a single finding", () => {
    const sheet = emptySheet(template, "ME", "2026-06", "common");
    const found = blanks(sheet);
    expect(found).toHaveLength(1);
    expect(found[0].messageId).toBe("complete.blankSheet");
    expect(found[0].params.count).toBe(sheet.layout.rowKeys.length * sheet.layout.colKeys.length);
  });

  test("the sheet's own findings come first and are kept", () => {
    const sheet = filledSheet();
    sheet.values[3][3] = -1;
    const ids = validateForSubmission(template, sheet).map((f) => f.ruleId);
    expect(ids[0]).toBe("figure-value");
  });

  test("every template declares completeness and plausibility", () => {
    for (const t of allTemplates()) {
      const kinds = t.rules.map((r) => r.kind);
      expect(kinds).toEqual(expect.arrayContaining(["complete", "plausibility"]));
    }
  });
});
