import { HyperFormula } from "hyperformula";
import {
  buildSheetContent,
  cellAddress,
  CellValue,
  getTemplate,
  highlightRulesFor,
  parseRange,
  readSheet,
  validateSheet,
} from "../../src/core";
import { shiftFormula } from "../support/formula-shift";

/**
 * The conditional formats compiled from the rules must light up exactly the cells the TypeScript
 * evaluator reports. A spreadsheet engine (HyperFormula) evaluates the compiled formulas on many
 * generated sheets and the two are compared cell by cell and rule by rule.
 */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** Booleans are left out: HyperFormula's COUNT counts them in ranges where Excel does not. */
const ODD_VALUES: CellValue[] = [":", -1, 2.5, "x", "12", null];

/** A sheet of the template with a few random citizenship rows and random figures. */
const content = buildSheetContent(getTemplate("ASYAPPCTZM"), "ME", "2026-06");

function generatedGrid(next: () => number): CellValue[][] {
  const { firstDataRow, firstDataCol } = content.layout;
  // Always six rows (the total, the two aggregates, three citizenships) so every generated sheet
  // has the same shape and the compiled formulas are the same.
  const keep = new Set([0, 1, 2]);
  while (keep.size < 6) keep.add(3 + Math.floor(next() * (content.layout.rowKeys.length - 3)));
  const grid = content.grid.slice(0, firstDataRow).map((row) => [...row]);
  content.grid.slice(firstDataRow).forEach((row, r) => {
    if (keep.has(r)) grid.push([...row]);
  });
  for (let r = firstDataRow; r < grid.length; r++) {
    for (let c = firstDataCol; c < grid[r].length; c++) {
      const roll = next();
      if (roll < 0.35) grid[r][c] = null;
      else if (roll < 0.9) grid[r][c] = Math.floor(next() * 4);
      else grid[r][c] = ODD_VALUES[Math.floor(next() * ODD_VALUES.length)];
    }
  }
  return grid;
}

/**
 * Evaluates the compiled conditional formats of one sheet shape: a "Checks" sheet holds each
 * rule's formula moved to every cell of its range, reading the figures on a "Data" sheet.
 */
class FormulaChecker {
  private readonly engine: HyperFormula;
  private readonly labels: string[] = [];
  private readonly dataSheet: number;
  private readonly checksSheet: number;

  constructor(shape: CellValue[][]) {
    const checks: string[][] = [];
    for (const rule of highlightRulesFor(readSheet(shape))) {
      const bounds = parseRange(rule.range);
      for (let r = bounds.row; r <= bounds.lastRow; r++) {
        for (let c = bounds.col; c <= bounds.lastCol; c++) {
          checks.push([shiftFormula(rule.formula, r - bounds.row, c - bounds.col, "Data")]);
          this.labels.push(`${rule.ruleId}@${cellAddress(r, c)}`);
        }
      }
    }
    this.engine = HyperFormula.buildFromSheets(
      { Data: shape.map((row) => row.map(() => null)), Checks: checks },
      { licenseKey: "gpl-v3" }
    );
    this.dataSheet = this.engine.getSheetId("Data")!;
    this.checksSheet = this.engine.getSheetId("Checks")!;
  }

  /** Cells the formulas flag on this grid, as "ruleId@address". */
  flagged(grid: CellValue[][]): Set<string> {
    // A leading apostrophe keeps text as text ("12", ":"), as in a text-formatted Excel cell;
    // without it the engine would read ":" as a time and "12" as a number.
    const data = grid.map((row) => row.map((v) => (typeof v === "string" ? `'${v}` : v)));
    this.engine.setCellContents({ sheet: this.dataSheet, row: 0, col: 0 }, data);
    const results = this.engine.getSheetValues(this.checksSheet);
    return new Set(this.labels.filter((_, i) => results[i][0] === true));
  }

  /** The rules compiled for this shape. */
  ruleIds(): string[] {
    return [...new Set(this.labels.map((label) => label.split("@")[0]))];
  }

  /** How many cells a rule's conditional format covers. */
  cellsOf(ruleId: string): number {
    return this.labels.filter((label) => label.startsWith(`${ruleId}@`)).length;
  }

  destroy(): void {
    this.engine.destroy();
  }
}

function flaggedByEvaluator(grid: CellValue[][]): Set<string> {
  return new Set(
    validateSheet(readSheet(grid))
      .filter((f) => f.involved || f.ruleId === "figure-value")
      .map((f) => `${f.ruleId}@${f.address}`)
  );
}

const SHEETS = Number(process.env.MIDEX_DIFFERENTIAL_SHEETS ?? 1000);

test(`compiled formulas and the evaluator agree cell by cell on ${SHEETS} generated sheets`, () => {
  const next = random(7);
  const grids = Array.from({ length: SHEETS }, () => generatedGrid(next));
  const checker = new FormulaChecker(grids[0]);
  let compared = 0;
  let flaggedTotal = 0;
  // Per rule: on how many sheets it flagged some cell, and on how many it left some cell alone,
  // so every rule kind is seen both failing and passing.
  const failing = new Map<string, number>();
  const passing = new Map<string, number>();
  const ruleIds = checker.ruleIds();
  for (const grid of grids) {
    const expected = flaggedByEvaluator(grid);
    expect(checker.flagged(grid)).toEqual(expected);
    compared++;
    flaggedTotal += expected.size;
    for (const id of ruleIds) {
      const flags = [...expected].filter((label) => label.startsWith(`${id}@`)).length;
      if (flags > 0) failing.set(id, (failing.get(id) ?? 0) + 1);
      if (flags < checker.cellsOf(id)) passing.set(id, (passing.get(id) ?? 0) + 1);
    }
  }
  checker.destroy();
  expect(compared).toBe(SHEETS);
  expect(flaggedTotal).toBeGreaterThan(SHEETS);
  expect(ruleIds).toEqual(
    expect.arrayContaining(["figure-value", "sex-total", "first-time-within-all"])
  );
  const seldomSeen = ruleIds.filter(
    (id) => (failing.get(id) ?? 0) < SHEETS / 20 || (passing.get(id) ?? 0) < SHEETS / 20
  );
  expect(seldomSeen).toEqual([]);
});
