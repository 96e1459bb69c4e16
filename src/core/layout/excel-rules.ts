import { SheetData } from "./read-sheet";
import { planAtMost } from "../rules/at-most-rule";
import { planSums } from "../rules/sum-plan";
import { Template } from "../templates/schema";
import { cellAddress, columnName, rangeAddress } from "./a1";
import { SheetLayout } from "./sheet-layout";

/**
 * A rule compiled into Excel's own language, so a workbook lights up invalid cells without the
 * add-in: a conditional format whose formula is TRUE on an invalid cell. Formulas are written for
 * the top-left cell of `range` and Excel shifts their relative references across it.
 */
export interface HighlightRule {
  ruleId: string;
  range: string;
  formula: string;
}

/** Data validation for figure cells: what may be typed at all. */
export interface InputRule {
  range: string;
  formula: string;
  message: string;
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Groups consecutive indexes into runs, so part cells become as few ranges as possible. */
function runs(indexes: number[]): [number, number][] {
  const sorted = [...indexes].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && last[1] === i - 1) last[1] = i;
    else out.push([i, i]);
  }
  return out;
}

function dataBounds(layout: SheetLayout) {
  return {
    top: layout.firstDataRow,
    left: layout.firstDataCol,
    bottom: layout.firstDataRow + layout.rowKeys.length - 1,
    right: layout.firstDataCol + layout.colKeys.length - 1,
  };
}

/** The empty-or-number check with the identity: mirrors evaluateSum in rules/sum-rule.ts. */
function identityFormula(total: string, parts: string[]): string {
  const all = [total, ...parts].join(",");
  return `=AND(COUNTA(${all})>0,COUNTA(${all})=COUNT(${all}),SUM(${total})<>SUM(${parts.join(",")}))`;
}

export function highlightRules(template: Template, layout: SheetLayout): HighlightRule[] {
  const b = dataBounds(layout);
  const valueRule = template.rules.find((r) => r.kind === "value");
  const rules: HighlightRule[] = [];
  if (valueRule && valueRule.kind === "value") {
    const c = cellAddress(b.top, b.left);
    const marker = quote(valueRule.notAvailable);
    rules.push({
      ruleId: valueRule.id,
      range: rangeAddress(b.top, b.left, b.bottom, b.right),
      formula:
        `=IF(ISNUMBER(${c}),OR(${c}<0,${c}<>INT(${c}),ABS(${c})>9007199254740991),` +
        `AND(${c}<>"",${c}<>${marker}))`,
    });
  }
  for (const check of planSums(template, layout)) {
    if (check.axis === "column") {
      const col = b.left + check.total;
      const total = cellAddress(b.top, col);
      const parts = runs(check.parts).map(([from, to]) =>
        rangeAddress(b.top, b.left + from, b.top, b.left + to)
      );
      rules.push({
        ruleId: check.rule.id,
        range: rangeAddress(b.top, col, b.bottom, col),
        formula: identityFormula(total, parts),
      });
    } else {
      const row = b.top + check.total;
      const total = cellAddress(row, b.left);
      const col = columnName(b.left);
      const parts = runs(check.parts).map(([from, to]) =>
        from === to
          ? `${col}$${b.top + from + 1}`
          : `${col}$${b.top + from + 1}:${col}$${b.top + to + 1}`
      );
      rules.push({
        ruleId: check.rule.id,
        range: rangeAddress(row, b.left, row, b.right),
        formula: identityFormula(total, parts),
      });
    }
  }
  for (const check of planAtMost(template, layout)) {
    // The part cell lights up; the whole is the cell at the same place on the whole's line.
    const part =
      check.axis === "column"
        ? cellAddress(b.top, b.left + check.part)
        : cellAddress(b.top + check.part, b.left);
    const whole =
      check.axis === "column"
        ? cellAddress(b.top, b.left + check.whole)
        : cellAddress(b.top + check.whole, b.left);
    rules.push({
      ruleId: check.rule.id,
      range:
        check.axis === "column"
          ? rangeAddress(b.top, b.left + check.part, b.bottom, b.left + check.part)
          : rangeAddress(b.top + check.part, b.left, b.top + check.part, b.right),
      // Mirrors exceeds() in rules/at-most-rule.ts.
      formula: `=AND(ISNUMBER(${part}),ISNUMBER(${whole}),${part}>${whole})`,
    });
  }
  return rules;
}

/** Highlight rules for a sheet as read back (its own rows), e.g. after the user added a row. */
export function highlightRulesFor(sheet: SheetData): HighlightRule[] {
  return highlightRules(sheet.template, sheet.layout);
}

export function inputRules(template: Template, layout: SheetLayout): InputRule[] {
  const valueRule = template.rules.find((r) => r.kind === "value");
  if (!valueRule || valueRule.kind !== "value") return [];
  const b = dataBounds(layout);
  const c = cellAddress(b.top, b.left);
  return [
    {
      range: rangeAddress(b.top, b.left, b.bottom, b.right),
      formula: `=OR(${c}=${quote(valueRule.notAvailable)},AND(ISNUMBER(${c}),${c}>=0,${c}=INT(${c})))`,
      message: `Enter a whole number of persons (0 or more), or ${valueRule.notAvailable} when not available.`,
    },
  ];
}
