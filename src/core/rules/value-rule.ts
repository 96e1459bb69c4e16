import { Finding } from "../findings";
import { dataCellAddress, SheetData } from "../layout/read-sheet";
import { excerpt } from "../messages/en";
import { Rule } from "../templates/schema";
import { classifyFigure } from "../values";
import { labelParam } from "../i18n/label-refs";
import { cellPieces } from "./labels";
import { finding } from "./finding-builder";

export type ValueRule = Extract<Rule, { kind: "value" }>;

/** Checks one figure cell: a whole number ≥ 0, the "not available" marker, or nothing. */
export function checkValueAt(
  sheet: SheetData,
  rule: ValueRule,
  r: number,
  c: number
): Finding | undefined {
  const value = sheet.values[r][c];
  const figure = classifyFigure(value, rule.notAvailable);
  if (figure.kind !== "invalid") return undefined;
  const address = dataCellAddress(sheet, r, c);
  const key = { ...sheet.layout.rowKeys[r], ...sheet.layout.colKeys[c] };
  // A cell may hold a pasted document; the finding carries only its start.
  const shown = typeof value === "string" ? excerpt(value) : value;
  const cell = labelParam("cell", [{ at: address }, ...cellPieces(sheet.template, key)]);
  const params = { ...cell, value: String(shown) };
  return finding(rule, `value.${figure.problem}`, params, {
    sheet: sheet.sheetName,
    address,
    key,
    actual: shown,
  });
}
