import { codeLists } from "../codelists/registry";
import { DimensionKey, dimension, keyString, SheetLayout } from "../layout/sheet-layout";
import { SumRule, Template } from "../templates/schema";

/**
 * One identity laid out on a sheet: along the columns ("column" axis: a total column and its part
 * columns, checked on every row) or along the rows (a total row and its part rows, checked on
 * every column). The TypeScript evaluator and the Excel formula compiler both read this plan, so
 * the two can never disagree about which cells an identity involves.
 */
export interface SumCheck {
  rule: SumRule;
  axis: "row" | "column";
  total: number;
  parts: number[];
}

function partCodes(rule: SumRule, template: Template, codesOnSheet: string[]): string[] {
  if (rule.parts !== "all") return rule.parts;
  const list = dimension(template, rule.dimension).codeList;
  return [...new Set(codesOnSheet)].filter(
    (code) => code !== "" && code !== rule.total && !codeLists.isAggregate(list, code)
  );
}

function plan(
  rule: SumRule,
  template: Template,
  keys: DimensionKey[],
  dims: string[],
  axis: SumCheck["axis"]
): SumCheck[] {
  const index = new Map<string, number>();
  keys.forEach((key, i) => {
    const id = keyString(key, dims);
    if (!index.has(id)) index.set(id, i);
  });
  const parts = partCodes(
    rule,
    template,
    keys.map((k) => k[rule.dimension])
  );
  const checks: SumCheck[] = [];
  keys.forEach((key, i) => {
    if (key[rule.dimension] !== rule.total) return;
    const found = parts
      .map((code) => index.get(keyString({ ...key, [rule.dimension]: code }, dims)))
      .filter((p): p is number => p !== undefined);
    if (found.length > 0) checks.push({ rule, axis, total: i, parts: found });
  });
  return checks;
}

export function planSums(template: Template, layout: SheetLayout): SumCheck[] {
  return template.rules.flatMap((rule) => {
    if (rule.kind !== "sum") return [];
    if (layout.colDims.includes(rule.dimension)) {
      return plan(rule, template, layout.colKeys, layout.colDims, "column");
    }
    return plan(rule, template, layout.rowKeys, layout.rowDims, "row");
  });
}
