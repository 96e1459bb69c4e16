import { Finding } from "../findings";
import { dataCellAddress, SheetData } from "../layout/read-sheet";
import { DimensionKey } from "../layout/sheet-layout";
import { Rule } from "../templates/schema";
import { finding } from "./finding-builder";
import { labelParam } from "../i18n/label-refs";
import { cellPieces, codePieces } from "./labels";

type CompleteRule = Extract<Rule, { kind: "complete" }>;

const isBlank = (v: unknown) => v === null || v === "";
/** A row or column cleared of its codes is kept only for addresses; it holds no figure cells. */
const isCleared = (key: DimensionKey) => Object.values(key).every((code) => code === "");

/**
 * Before submission every figure cell holds a figure, a zero or the not-available marker.
 * While typing, blanks are simply not done yet, so only the submission path runs this rule.
 *
 * To keep the list readable a blank sheet is one finding, a wholly blank row is one finding
 * (a citizenship not yet filled in), and only blanks among typed figures are named one by one:
 * those are the ones a person overlooked.
 */
export function checkComplete(sheet: SheetData, rule: CompleteRule): Finding[] {
  const { layout, template } = sheet;
  const where = { sheet: sheet.sheetName };
  const columns = layout.colKeys.flatMap((key, c) => (isCleared(key) ? [] : [c]));
  const rows = layout.rowKeys.flatMap((key, r) => (isCleared(key) ? [] : [r]));
  const blankRow = (r: number) => columns.every((c) => isBlank(sheet.values[r][c]));
  if (rows.length > 0 && columns.length > 0 && rows.every(blankRow)) {
    const address = dataCellAddress(sheet, rows[0], columns[0]);
    const params = { sheet: sheet.sheetName ?? template.id, count: rows.length * columns.length };
    return [finding(rule, "complete.blankSheet", params, { ...where, address })];
  }
  const findings: Finding[] = [];
  for (const r of rows) {
    if (blankRow(r)) {
      const address = dataCellAddress(sheet, r, columns[0]);
      const key = layout.rowKeys[r];
      const params = {
        row: layout.firstDataRow + r + 1,
        ...labelParam("context", codePieces(template, key, layout.rowDims)),
        count: columns.length,
      };
      findings.push(finding(rule, "complete.blankRow", params, { ...where, address, key }));
      continue;
    }
    for (const c of columns) {
      if (!isBlank(sheet.values[r][c])) continue;
      const address = dataCellAddress(sheet, r, c);
      const key = { ...layout.rowKeys[r], ...layout.colKeys[c] };
      const params = labelParam("cell", [{ at: address }, ...cellPieces(template, key)]);
      findings.push(finding(rule, "complete.blank", params, { ...where, address, key }));
    }
  }
  return findings;
}
