import { HyperFormula } from "hyperformula";
import {
  allTemplates,
  buildSheetContent,
  CellValue,
  getTemplate,
  highlightRulesFor,
  historyPeriods,
  Observation,
  parseRange,
  plausibilityFindings,
  SheetData,
  sheetToObservations,
  SheetValidator,
  validateForSubmission,
  validateSheet,
} from "../src/core";
import { shiftFormula } from "../test/support/formula-shift";
import { consistentSheet } from "./filled-sheets";
import { fmt, percentile, random, report, time } from "./measure";

/** The sheet's values placed in a full grid, as a spreadsheet would hold them. */
function gridOf(sheet: SheetData): CellValue[][] {
  const content = buildSheetContent(sheet.template, sheet.country, sheet.period, "all");
  const grid = content.grid.map((row) => [...row]);
  sheet.values.forEach((row, r) =>
    row.forEach((v, c) => (grid[sheet.layout.firstDataRow + r][sheet.layout.firstDataCol + c] = v))
  );
  return grid;
}

/** The same checks as Excel formulas, evaluated by HyperFormula: the baseline. */
function formulaCheck(sheet: SheetData): number {
  const formulas: string[] = [];
  for (const rule of highlightRulesFor(sheet)) {
    const b = parseRange(rule.range);
    for (let r = b.row; r <= b.lastRow; r++) {
      for (let c = b.col; c <= b.lastCol; c++) {
        formulas.push(shiftFormula(rule.formula, r - b.row, c - b.col, "Data"));
      }
    }
  }
  // Rows of 100 checks keep the sheet within the engine's row limit.
  const checks: string[][] = [];
  for (let i = 0; i < formulas.length; i += 100) checks.push(formulas.slice(i, i + 100));
  const engine = HyperFormula.buildFromSheets(
    { Data: gridOf(sheet), Checks: checks },
    { licenseKey: "gpl-v3" }
  );
  const flagged = engine
    .getSheetValues(engine.getSheetId("Checks")!)
    .filter(([v]) => v === true).length;
  engine.destroy();
  return flagged;
}

export function runValidationBench(): void {
  const next = random(1);
  // Consistent sheets: what an official's data mostly looks like; a few cells are then broken.
  const sheets = allTemplates().map((t) => consistentSheet(t, next));
  for (const s of sheets) for (let i = 0; i < 20; i++) s.values[i % s.values.length][i] = 999;
  const cells = sheets.reduce((n, s) => n + s.values.length * s.layout.colKeys.length, 0);
  const ours = time(() => sheets.reduce((n, s) => n + validateSheet(s).length, 0));
  const engine = time(() => sheets.reduce((n, s) => n + formulaCheck(s), 0));
  report(
    `full validation, every template filled (${sheets.length} sheets, ${cells} cells)`,
    `${fmt(ours.ms, 0)} ms (HyperFormula on the same checks: ${fmt(engine.ms, 0)} ms)`,
    "≥ 10× faster than the formula engine",
    `ratio ${fmt(engine.ms / ours.ms, 1)}×`
  );

  const sheet = consistentSheet(getTemplate("ASYAPPCTZM"), next);
  const sheetCells = sheet.values.length * sheet.layout.colKeys.length;
  const full = time(() => validateSheet(sheet)).ms;
  const validator = new SheetValidator(sheet);
  const samples: number[] = [];
  for (let i = 0; i < 5000; i++) {
    const row = Math.floor(next() * sheet.values.length);
    const col = Math.floor(next() * sheet.layout.colKeys.length);
    const value = Math.floor(next() * 20);
    samples.push(time(() => validator.setCells([{ row, col, value }])).ms);
  }
  const p95 = percentile(samples, 95);
  report(
    `incremental single-cell edit (${sheetCells}-cell sheet, 5000 edits)`,
    `p50 ${fmt(percentile(samples, 50), 4)} ms, p95 ${fmt(p95, 4)} ms (full re-validation ${fmt(full, 1)} ms)`,
    "p95 ≤ 1 ms",
    `full / p95 = ${fmt(full / p95, 0)}×`
  );

  runSubmissionBench(sheet, next);
}

/**
 * The checks only a submission runs, on the same 23,040-cell sheet, against its full live
 * validation: plausibility against twelve earlier months of every cell (276,480 observations),
 * and the whole validateForSubmission (live rules, completeness, plausibility).
 */
export function runSubmissionBench(sheet: SheetData, next: () => number): void {
  const history: Observation[] = historyPeriods(sheet.period, "M").flatMap((period) =>
    sheetToObservations({ ...sheet, period }).map((o) => ({
      ...o,
      value: o.value === null ? null : Math.round(o.value * (0.7 + 0.6 * next())),
    }))
  );
  const cells = sheet.values.length * sheet.layout.colKeys.length;
  const full = time(() => validateSheet(sheet)).ms;
  const plausibility = time(() => plausibilityFindings(sheet, history));
  report(
    `plausibility against 12 earlier months (${cells} cells, ${history.length} observations)`,
    `${fmt(plausibility.ms, 0)} ms, ${plausibility.result.length} warnings ` +
      `(full live validation of the sheet ${fmt(full, 0)} ms)`,
    "same order as the live validation",
    `plausibility / live = ${fmt(plausibility.ms / full, 1)}×`
  );
  const submission = time(() => validateForSubmission(sheet.template, sheet, { history })).ms;
  report(
    "validateForSubmission of the same sheet",
    `${fmt(submission, 0)} ms`,
    "a submission is checked in well under a second",
    `submission / live = ${fmt(submission / full, 1)}×`
  );
}
