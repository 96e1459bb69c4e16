import { cellAddress, parseCell } from "../../src/core";

const REFERENCE = /("[^"]*")|(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(])/g;

/**
 * Moves a formula written for one cell to another, the way Excel does when a conditional format
 * covers a range: relative parts of each reference shift, $-anchored parts stay. References are
 * prefixed with a sheet name so the formula can live on another sheet.
 */
export function shiftFormula(formula: string, rows: number, cols: number, sheet: string): string {
  return formula.replace(REFERENCE, (match, quoted, colAbs, col, rowAbs, row) => {
    if (quoted) return quoted;
    const at = parseCell(`${col}${row}`);
    const moved = cellAddress(rowAbs ? at.row : at.row + rows, colAbs ? at.col : at.col + cols);
    const [, newCol, newRow] = /^([A-Z]+)(\d+)$/.exec(moved)!;
    return `${sheet}!${colAbs}${newCol}${rowAbs}${newRow}`;
  });
}
