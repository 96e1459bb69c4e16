import { LabelPiece, labelRef, labelText } from "../i18n/label-refs";
import { DimensionKey } from "../layout/sheet-layout";
import { Template } from "../templates/schema";

/**
 * The pieces naming some of a key's codes, in the order of `dims`: each code by its code list's
 * label, a total by its dimension's total label ("all ages").
 */
export function codePieces(template: Template, key: DimensionKey, dims: string[]): LabelPiece[] {
  return dims.map((id) => {
    const dim = template.dimensions.find((d) => d.id === id)!;
    const isTotal = template.rules.some(
      (r) => r.kind === "sum" && r.dimension === id && r.total === key[id]
    );
    // A code outside the list (a typo reported by the codes rule) is named by itself.
    return isTotal && dim.totalLabel
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
