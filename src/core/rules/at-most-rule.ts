import { Finding, InvolvedCell } from "../findings";
import { cellAddressOf, cellKey } from "../layout/cell-keys";
import { SheetData } from "../layout/read-sheet";
import { DimensionKey, keyString, SheetLayout } from "../layout/sheet-layout";
import { AtMostRule, Template } from "../templates/schema";
import { CellValue } from "../values";
import { finding } from "./finding-builder";
import { labelParam } from "../i18n/label-refs";
import { cellPieces } from "./labels";
import { SumOptions } from "./sum-rule";

/**
 * One inequality laid out on a sheet: a part column (or row) and its whole column (or row), the
 * two differing only in the rule's dimension. It is checked on every line across them. Like the
 * sums' plan, both the TypeScript evaluator and the Excel compiler read this one plan.
 */
export interface AtMostCheck {
  rule: AtMostRule;
  axis: "row" | "column";
  part: number;
  whole: number;
}

function plan(
  rule: AtMostRule,
  keys: DimensionKey[],
  dims: string[],
  axis: AtMostCheck["axis"]
): AtMostCheck[] {
  const index = new Map<string, number>();
  keys.forEach((key, i) => {
    const id = keyString(key, dims);
    if (!index.has(id)) index.set(id, i);
  });
  return keys.flatMap((key, part) => {
    if (key[rule.dimension] !== rule.part) return [];
    const whole = index.get(keyString({ ...key, [rule.dimension]: rule.whole }, dims));
    return whole === undefined ? [] : [{ rule, axis, part, whole }];
  });
}

export function planAtMost(template: Template, layout: SheetLayout): AtMostCheck[] {
  return template.rules.flatMap((rule) => {
    if (rule.kind !== "atMost") return [];
    if (layout.colDims.includes(rule.dimension)) {
      return plan(rule, layout.colKeys, layout.colDims, "column");
    }
    return plan(rule, layout.rowKeys, layout.rowDims, "row");
  });
}

/**
 * The part exceeds the whole. Only two numbers are compared: an empty cell is not typed yet and
 * a marker or text has its own finding, so either makes the check wait. Compiled to Excel as
 * AND(ISNUMBER(part),ISNUMBER(whole),part>whole). Rounding to a base keeps the order of two
 * figures (a ≤ b gives round(a) ≤ round(b)), so published figures need no tolerance here.
 */
export function exceeds(part: CellValue, whole: CellValue): boolean {
  return typeof part === "number" && typeof whole === "number" && part > whole;
}

/** The data-area cells ([row, column]) one inequality reads on one line: part, then whole. */
export function atMostCells(check: AtMostCheck, line: number): [number, number][] {
  return [check.part, check.whole].map((i) => (check.axis === "column" ? [line, i] : [i, line]));
}

export function atMostLines(sheet: SheetData, check: AtMostCheck): number {
  return check.axis === "column" ? sheet.layout.rowKeys.length : sheet.layout.colKeys.length;
}

/**
 * Checks one inequality on one line. Published figures are rounded cell by cell, and Eurostat's
 * published tables show a part above its whole by one rounding step (Bulgaria 2022: 5 first-time
 * applicants of 0); a gap of up to one base is therefore reported as one rounding can explain.
 */
export function checkAtMostAt(
  sheet: SheetData,
  check: AtMostCheck,
  line: number,
  options: SumOptions = {}
): Finding | undefined {
  const { layout, template } = sheet;
  const [[pr, pc], [wr, wc]] = atMostCells(check, line);
  const part = sheet.values[pr][pc];
  const whole = sheet.values[wr][wc];
  if (!exceeds(part, whole)) return undefined;
  const involved: InvolvedCell[] = [
    [pr, pc],
    [wr, wc],
  ].map(([r, c]) => ({
    address: cellAddressOf(layout, r, c),
    key: cellKey(layout, r, c),
    value: sheet.values[r][c],
  }));
  const base = options.roundedTo;
  const explained = base !== undefined && (part as number) - (whole as number) <= base;
  const params = {
    ...labelParam("context", cellPieces(template, involved[0].key, check.rule.dimension)),
    ...labelParam("partLabel", [{ phrase: check.rule.partLabel }]),
    ...labelParam("wholeLabel", [{ phrase: check.rule.wholeLabel }]),
    actual: part as number,
    expected: whole as number,
    ...(explained ? { base: base!, maxDifference: base! } : {}),
  };
  const messageId = explained ? "atMost.exceedsRounded" : "atMost.exceeds";
  return finding(check.rule, messageId, params, {
    sheet: sheet.sheetName,
    address: involved[0].address,
    key: involved[0].key,
    actual: part,
    expected: whole as number,
    involved,
    ...(explained ? { rounding: { base: base!, maxDifference: base! } } : {}),
  });
}
