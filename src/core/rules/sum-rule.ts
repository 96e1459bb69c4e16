import { Finding, InvolvedCell } from "../findings";
import { cellAddressOf, cellKey } from "../layout/cell-keys";
import { SheetData } from "../layout/read-sheet";
import { dimension } from "../layout/sheet-layout";
import { CellValue } from "../values";
import { finding } from "./finding-builder";
import { labelParam } from "../i18n/label-refs";
import { cellPieces } from "./labels";
import { SumCheck } from "./sum-plan";

export interface SumOptions {
  /** Published figures are rounded to this base (5 for Eurostat's asylum tables). */
  roundedTo?: number;
}

/**
 * Checks one identity at one cell. It is skipped when any cell involved holds something other
 * than a number (a marker or text, which get their own finding), or when all are empty;
 * otherwise an empty cell counts as 0. The same reading is compiled into Excel formulas.
 */
export function evaluateSum(
  total: CellValue,
  parts: CellValue[]
): { actual: number; expected: number } | undefined {
  const cells = [total, ...parts];
  const isEmpty = (v: CellValue) => v === null || v === "";
  if (cells.some((v) => !isEmpty(v) && typeof v !== "number")) return undefined;
  if (cells.every(isEmpty)) return undefined;
  const number = (v: CellValue) => (typeof v === "number" ? v : 0);
  const actual = number(total);
  const expected = parts.reduce<number>((sum, v) => sum + number(v), 0);
  return actual === expected ? undefined : { actual, expected };
}

/** The data-area cells ([row, column]) one identity reads on one line, total first. */
export function sumCells(check: SumCheck, line: number): [number, number][] {
  return [check.total, ...check.parts].map((i) =>
    check.axis === "column" ? [line, i] : [i, line]
  );
}

/** How many lines (rows for a column identity, columns for a row identity) a check runs on. */
export function sumLines(sheet: SheetData, check: SumCheck): number {
  return check.axis === "column" ? sheet.layout.rowKeys.length : sheet.layout.colKeys.length;
}

/** Checks one identity on one line of the sheet. */
export function checkSumAt(
  sheet: SheetData,
  check: SumCheck,
  line: number,
  options: SumOptions
): Finding | undefined {
  const { layout, template } = sheet;
  const cells = sumCells(check, line);
  const [[tr, tc], ...partCells] = cells;
  const total = sheet.values[tr][tc];
  const result = evaluateSum(
    total,
    partCells.map(([r, c]) => sheet.values[r][c])
  );
  if (!result) return undefined;

  const keyAt = (r: number, c: number) => cellKey(layout, r, c);
  const involved: InvolvedCell[] = cells.map(([r, c]) => ({
    address: cellAddressOf(layout, r, c),
    key: keyAt(r, c),
    value: sheet.values[r][c],
  }));
  const dim = dimension(template, check.rule.dimension);
  const difference = result.actual - result.expected;
  const base = options.roundedTo;
  const maxDifference = base ? Math.floor((base / 2) * involved.length) : 0;
  const explained = base !== undefined && Math.abs(difference) <= maxDifference;
  const params = {
    ...labelParam("totalLabel", [{ code: check.rule.total, list: dim.codeList }]),
    ...labelParam("context", cellPieces(template, keyAt(tr, tc), check.rule.dimension)),
    actual: result.actual,
    expected: result.expected,
    ...labelParam("parts", [{ phrase: check.rule.partsLabel }]),
    difference,
    ...(explained ? { base: base!, count: involved.length, maxDifference } : {}),
  };
  const partsEmpty = partCells.every(([r, c]) => sheet.values[r][c] === null);
  // A blank total is read as 0 for the sum, but the official sees an empty cell: say "blank".
  const messageId = explained
    ? "sum.mismatchRounded"
    : partsEmpty
      ? "sum.partsEmpty"
      : total === null
        ? "sum.totalBlank"
        : "sum.mismatch";
  return finding(check.rule, messageId, params, {
    sheet: sheet.sheetName,
    address: involved[0].address,
    key: involved[0].key,
    actual: total,
    expected: result.expected,
    involved,
    ...(explained ? { rounding: { base: base!, maxDifference } } : {}),
  });
}
