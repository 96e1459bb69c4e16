import { codeLists } from "../codelists/registry";
import { Finding, InvolvedCell } from "../findings";
import { dataCellAddress, SheetData } from "../layout/read-sheet";
import { dimension } from "../layout/sheet-layout";
import { CellValue } from "../values";
import { finding } from "./finding-builder";
import { describeCell } from "./labels";
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

export function checkSum(sheet: SheetData, check: SumCheck, options: SumOptions): Finding[] {
  const { layout, template } = sheet;
  const findings: Finding[] = [];
  const lines = check.axis === "column" ? layout.rowKeys.length : layout.colKeys.length;
  const dim = dimension(template, check.rule.dimension);
  const totalLabel = codeLists.label(dim.codeList, check.rule.total) ?? check.rule.total;

  for (let line = 0; line < lines; line++) {
    const at = (i: number) => (check.axis === "column" ? [line, i] : [i, line]) as [number, number];
    const [tr, tc] = at(check.total);
    const total = sheet.values[tr][tc];
    const parts = check.parts.map((p) => sheet.values[at(p)[0]][at(p)[1]]);
    const result = evaluateSum(total, parts);
    if (!result) continue;

    const keyAt = (r: number, c: number) => ({ ...layout.rowKeys[r], ...layout.colKeys[c] });
    const involved: InvolvedCell[] = [check.total, ...check.parts].map((i) => {
      const [r, c] = at(i);
      return { address: dataCellAddress(sheet, r, c), key: keyAt(r, c), value: sheet.values[r][c] };
    });
    const difference = result.actual - result.expected;
    const base = options.roundedTo;
    const maxDifference = base ? Math.floor((base / 2) * involved.length) : 0;
    const explained = base !== undefined && Math.abs(difference) <= maxDifference;
    const params = {
      totalLabel,
      context: describeCell(template, keyAt(tr, tc), check.rule.dimension),
      actual: result.actual,
      expected: result.expected,
      parts: check.rule.partsLabel,
      difference,
      ...(explained ? { base: base!, count: involved.length, maxDifference } : {}),
    };
    findings.push(
      finding(check.rule, explained ? "sum.mismatchRounded" : "sum.mismatch", params, {
        sheet: sheet.sheetName,
        address: involved[0].address,
        key: involved[0].key,
        actual: total,
        expected: result.expected,
        involved,
        ...(explained ? { rounding: { base: base!, maxDifference } } : {}),
      })
    );
  }
  return findings;
}
