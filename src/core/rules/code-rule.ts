import { codeLists } from "../codelists/registry";
import { Finding } from "../findings";
import { cellAddress } from "../layout/a1";
import { SheetData } from "../layout/read-sheet";
import { dimension } from "../layout/sheet-layout";
import { Rule } from "../templates/schema";
import { finding } from "./finding-builder";

type CodeRule = Extract<Rule, { kind: "codes" }>;

/** Every code on the sheet belongs to its dimension's code list, and no row key repeats. */
export function checkCodes(sheet: SheetData, rule: CodeRule): Finding[] {
  const { template, layout } = sheet;
  const findings: Finding[] = [];
  const unknown = (dimId: string, code: string, address: string) => {
    const dim = dimension(template, dimId);
    if (codeLists.has(dim.codeList, code)) return;
    const params = { address, code, dimension: dim.label, list: codeLists.get(dim.codeList).title };
    findings.push(finding(rule, "code.unknown", params, { sheet: sheet.sheetName, address }));
  };

  layout.colKeys.forEach((key, c) =>
    layout.colDims.forEach((d, i) =>
      unknown(d, key[d], cellAddress(layout.codeRowOf(i), layout.firstDataCol + c))
    )
  );
  const seen = new Map<string, string>();
  layout.rowKeys.forEach((key, r) => {
    layout.rowDims.forEach((d, j) =>
      unknown(d, key[d], cellAddress(layout.firstDataRow + r, 2 * j))
    );
    const id = layout.rowDims.map((d) => key[d]).join("|");
    const address = cellAddress(layout.firstDataRow + r, 0);
    const other = seen.get(id);
    if (other) {
      const dim = dimension(template, layout.rowDims[0]);
      const params = { address, other, code: id.replace(/\|/g, " / "), dimension: dim.label };
      findings.push(finding(rule, "code.duplicate", params, { sheet: sheet.sheetName, address }));
    } else {
      seen.set(id, address);
    }
  });
  return findings;
}
