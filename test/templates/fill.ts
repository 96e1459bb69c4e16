import { planSums, SheetData, SumCheck } from "../../src/core";

/** A small deterministic generator, so a failing case can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

type Cell = [number, number];

/** The cells of one identity on one line (a row for column checks, a column for row checks). */
export function checkCells(check: SumCheck, line: number): { total: Cell; parts: Cell[] } {
  const at = (i: number): Cell => (check.axis === "column" ? [line, i] : [i, line]);
  return { total: at(check.total), parts: check.parts.map(at) };
}

export function lineCount(sheet: SheetData, check: SumCheck): number {
  return check.axis === "column" ? sheet.layout.rowKeys.length : sheet.layout.colKeys.length;
}

/**
 * Fills a sheet the way a country's unrounded figures look: random counts in every cell that is
 * no identity's total, then each total computed from its parts, repeated until nothing changes
 * (totals of totals settle within the depth of the hierarchy).
 */
export function fillConsistently(sheet: SheetData, seed: number): void {
  const checks = planSums(sheet.template, sheet.layout);
  const isTotal = new Set<string>();
  for (const check of checks) {
    for (let line = 0; line < lineCount(sheet, check); line++) {
      isTotal.add(checkCells(check, line).total.join(","));
    }
  }
  const random = seededRandom(seed);
  sheet.values = sheet.values.map((row, r) =>
    row.map((_, c) => (isTotal.has(`${r},${c}`) ? 0 : Math.floor(random() * 50)))
  );
  for (let pass = 0; pass < 20; pass++) {
    let changed = false;
    for (const check of checks) {
      for (let line = 0; line < lineCount(sheet, check); line++) {
        const { total, parts } = checkCells(check, line);
        const sum = parts.reduce((s, [r, c]) => s + (sheet.values[r][c] as number), 0);
        if (sheet.values[total[0]][total[1]] !== sum) {
          sheet.values[total[0]][total[1]] = sum;
          changed = true;
        }
      }
    }
    if (!changed) return;
  }
  throw new Error(`the identities of ${sheet.template.id} do not settle`);
}

/** Figure cells and columns of a template's sheet. */
export function sheetSize(sheet: SheetData): { rows: number; columns: number; cells: number } {
  const rows = sheet.layout.rowKeys.length;
  const columns = sheet.layout.colKeys.length;
  return { rows, columns, cells: rows * columns };
}
