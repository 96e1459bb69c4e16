import { codeLists } from "../codelists/registry";
import { DimensionKey } from "../layout/sheet-layout";
import { Template } from "../templates/schema";

/** Names a cell by the labels of its codes, e.g. "Syria, Females, First time applicant". */
export function describeCell(template: Template, key: DimensionKey, skip?: string): string {
  const dims = [...template.layout.rows, ...template.layout.columns].filter((d) => d !== skip);
  return describeCodes(template, key, dims);
}

/** The labels of some of a key's codes, in the order of `dims`; a total by its total label. */
export function describeCodes(template: Template, key: DimensionKey, dims: string[]): string {
  return dims
    .map((id) => {
      const dim = template.dimensions.find((d) => d.id === id)!;
      const label = codeLists.label(dim.codeList, key[id]) ?? key[id];
      const isTotal = template.rules.some(
        (r) => r.kind === "sum" && r.dimension === id && r.total === key[id]
      );
      return isTotal && dim.totalLabel ? dim.totalLabel : label;
    })
    .join(", ");
}
