/** Drag-fill as the user does it: the source block is repeated over the target, formulas shifted. */
import { columnToLetters, lettersToColumn, Rect, rectColumns, rectRows } from "./addresses";
import { CellState } from "./cell-store";
import { SheetState } from "./model";

const REFERENCE = /(?<![A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(])/g;

/** Moves relative references by the given offset; string literals are left alone. */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            REFERENCE,
            (_m, colAbs: string, col: string, rowAbs: string, row: string) => {
              const c = colAbs ? col : columnToLetters(lettersToColumn(col) + columns);
              const r = rowAbs ? row : String(Number(row) + rows);
              return `${colAbs}${c}${rowAbs}${r}`;
            }
          )
    )
    .join("");
}

export function fillCells(sheet: SheetState, source: Rect, target: Rect): void {
  const height = rectRows(source);
  const width = rectColumns(source);
  const copies: Array<{ row: number; column: number; cell: CellState }> = [];
  sheet.cells.forEachIn(target, (r, c) => {
    const dr = (((r - source.top) % height) + height) % height;
    const dc = (((c - source.left) % width) + width) % width;
    const from = sheet.cells.get(source.top + dr, source.left + dc);
    const cell = { ...from };
    if (from.formula !== undefined) {
      cell.formula = shiftFormula(from.formula, r - source.top - dr, c - source.left - dc);
    }
    copies.push({ row: r, column: c, cell });
  });
  for (const { row, column, cell } of copies) {
    sheet.cells.update(row, column, (stored) => Object.assign(stored, cell));
  }
}
