import { LabelPiece, labelRef, labelText } from "../i18n/label-refs";
import { DimensionKey } from "../layout/sheet-layout";
import { Template } from "../templates/schema";

/**
 * The code that totals the whole of a dimension: the total of its widest sum rule. A dimension
 * may have narrower totals too (under 18 = under 14 + 14–17), which are named by their own label.
 */
function grandTotal(template: Template, dimension: string): string | undefined {
  let widest: { total: string; width: number } | undefined;
  for (const rule of template.rules) {
    if (rule.kind !== "sum" || rule.dimension !== dimension) continue;
    const width = rule.parts === "all" ? Infinity : rule.parts.length;
    if (!widest || width > widest.width) widest = { total: rule.total, width };
  }
  return widest?.total;
}

/**
 * The pieces naming some of a key's codes, in the order of `dims`: each code by its code list's
 * label, the dimension's grand total by its total label ("all ages").
 */
export function codePieces(template: Template, key: DimensionKey, dims: string[]): LabelPiece[] {
  return dims.map((id) => {
    const dim = template.dimensions.find((d) => d.id === id)!;
    // A code outside the list (a typo reported by the codes rule) is named by itself.
    return dim.totalLabel && key[id] === grandTotal(template, id)
      ? { phrase: dim.totalLabel }
      : { code: key[id], list: dim.codeList };
  });
}

/** The pieces naming a cell by all its row and column codes, but `skip`. */
export function cellPieces(template: Template, key: DimensionKey, skip?: string): LabelPiece[] {
  const dims = [...template.layout.rows, ...template.layout.columns].filter((d) => d !== skip);
  return codePieces(template, key, dims);
}

/** Names a cell by the labels of its codes, in English, e.g. "Syria, Females, all ages". */
export function describeCell(template: Template, key: DimensionKey, skip?: string): string {
  return labelText(labelRef(cellPieces(template, key, skip)), "en");
}

/** The English labels of some of a key's codes, in the order of `dims`. */
export function describeCodes(template: Template, key: DimensionKey, dims: string[]): string {
  return labelText(labelRef(codePieces(template, key, dims)), "en");
}
