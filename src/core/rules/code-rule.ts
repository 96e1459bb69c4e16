import { codeLists } from "../codelists/registry";
import { Finding } from "../findings";
import { cellAddress } from "../layout/a1";
import { SheetData } from "../layout/read-sheet";
import { dimension } from "../layout/sheet-layout";
import { Rule } from "../templates/schema";
import { labelParam } from "../i18n/label-refs";
import { finding } from "./finding-builder";

type CodeRule = Extract<Rule, { kind: "codes" }>;

/** Every code on the sheet belongs to its dimension's code list, and no row key repeats. */
export function checkCodes(sheet: SheetData, rule: CodeRule): Finding[] {
  const { template, layout } = sheet;
  const findings: Finding[] = [];
  const unknown = (dimId: string, code: string, address: string) => {
    const dim = dimension(template, dimId);
    if (codeLists.has(dim.codeList, code)) return;
    const list = labelParam("list", [{ phrase: codeLists.get(dim.codeList).title }]);
    const params = { address, code, dimension: dim.label, ...list };
    findings.push(finding(rule, "code.unknown", params, { sheet: sheet.sheetName, address }));
  };

  const duplicates = (dims: string[], label: Record<string, string>) => {
    const seen = new Map<string, string>();
    return (key: Record<string, string>, address: string) => {
      const id = dims.map((d) => key[d]).join(" / ");
      const other = seen.get(id);
      if (!other) {
        seen.set(id, address);
        return;
      }
      const params = { address, other, code: id, ...label };
      findings.push(finding(rule, "code.duplicate", params, { sheet: sheet.sheetName, address }));
    };
  };
  const dimensionLabels = (dims: string[]) =>
    labelParam(
      "dimension",
      dims.map((d) => ({ dimension: dimension(template, d).label }))
    );

  const columnSeen = duplicates(layout.colDims, dimensionLabels(layout.colDims));
  // A cleared row or column (no code, no figures: readSheet refuses figures without a code) is
  // kept only so addresses stay right; it breaks no rule.
  const blank = (key: Record<string, string>) => Object.values(key).every((code) => code === "");
  layout.colKeys.forEach((key, c) => {
    if (blank(key)) return;
    const col = layout.firstDataCol + c;
    layout.colDims.forEach((d, i) => unknown(d, key[d], cellAddress(layout.codeRowOf(i), col)));
    columnSeen(key, cellAddress(layout.codeRowOf(0), col));
  });
  const rowSeen = duplicates(layout.rowDims, dimensionLabels(layout.rowDims));
  layout.rowKeys.forEach((key, r) => {
    if (blank(key)) return;
    const row = layout.firstDataRow + r;
    layout.rowDims.forEach((d, j) => unknown(d, key[d], cellAddress(row, 2 * j)));
    rowSeen(key, cellAddress(row, 0));
  });
  return findings;
}
