import {
  emptySheet,
  getTemplate,
  SheetData,
  sheetToObservations,
  writeSdmxCsv,
} from "../../src/core";
import { AcceptedTable, crossTableFindings } from "../../src/server/related-checks";

function zeros(templateId: string, period = "2025-Q1"): SheetData {
  const sheet = emptySheet(getTemplate(templateId), "ME", period);
  for (const row of sheet.values) row.fill(0);
  return sheet;
}

function acceptedTable(sheet: SheetData): AcceptedTable {
  return {
    templateId: sheet.template.id,
    period: sheet.period,
    version: 1,
    sdmxCsv: writeSdmxCsv(sheet.template, sheetToObservations(sheet)),
  };
}

/** The same figure in every cell: only the comparison with the other table matters here. */
function allAt(sheet: SheetData, value: number): SheetData {
  for (const row of sheet.values) row.fill(value);
  return sheet;
}

describe("a submission against the accepted data of a related table", () => {
  test("two halves of one dataset that disagree give a warning, so the pair can be corrected", () => {
    const accepted = acceptedTable(zeros("EIRTN1_AS"));
    const correction = allAt(zeros("EIRTN1"), 7);
    const findings = crossTableFindings(correction, [accepted]);
    const split = findings.filter((f) => f.ruleId === "returned-split-alike");
    expect(split.length).toBeGreaterThan(0);
    for (const f of split) {
      expect(f.severity).toBe("warning");
      expect(f.sheet).toBe(correction.sheetName ?? "EIRTN1");
    }
  });

  test("more unaccompanied minors than the accepted total stays an error", () => {
    const accepted = acceptedTable(zeros("EIRTN1_AS"));
    const minors = allAt(zeros("EIRTN2_AS"), 3);
    const findings = crossTableFindings(minors, [accepted]);
    const over = findings.filter((f) => f.severity === "error");
    expect(over.length).toBeGreaterThan(0);
  });

  test("agreeing tables give no finding", () => {
    expect(crossTableFindings(zeros("EIRTN1"), [acceptedTable(zeros("EIRTN1_AS"))])).toEqual([]);
  });
});
