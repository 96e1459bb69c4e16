import { Finding } from "../findings";
import { dataCellAddress, SheetData } from "../layout/read-sheet";
import { Rule } from "../templates/schema";
import { classifyFigure } from "../values";
import { describeCell } from "./labels";
import { finding } from "./finding-builder";

type ValueRule = Extract<Rule, { kind: "value" }>;

/** Every figure cell holds a whole number ≥ 0, the "not available" marker, or nothing. */
export function checkValues(sheet: SheetData, rule: ValueRule): Finding[] {
  const findings: Finding[] = [];
  sheet.values.forEach((row, r) =>
    row.forEach((value, c) => {
      const figure = classifyFigure(value, rule.notAvailable);
      if (figure.kind !== "invalid") return;
      const address = dataCellAddress(sheet, r, c);
      const key = { ...sheet.layout.rowKeys[r], ...sheet.layout.colKeys[c] };
      const cell = `${address} (${describeCell(sheet.template, key)})`;
      findings.push(
        finding(
          rule,
          `value.${figure.problem}`,
          { cell, value: String(value) },
          {
            sheet: sheet.sheetName,
            address,
            key,
            actual: value,
          }
        )
      );
    })
  );
  return findings;
}
