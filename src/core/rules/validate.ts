import { Finding } from "../findings";
import { SheetData } from "../layout/read-sheet";
import { checkCodes } from "./code-rule";
import { checkMetadata } from "./metadata-rule";
import { planSums } from "./sum-plan";
import { checkSum } from "./sum-rule";
import { checkValues } from "./value-rule";

export interface ValidationOptions {
  /**
   * Base the figures were rounded to, for published data (Eurostat rounds asylum figures to 5).
   * "auto" detects it: every figure a multiple of 5. Raw national figures are not rounded.
   */
  roundedTo?: number | "auto";
}

/** Runs every rule the sheet's template declares and returns the findings, in sheet order. */
export function validateSheet(sheet: SheetData, options: ValidationOptions = {}): Finding[] {
  const roundedTo = options.roundedTo === "auto" ? detectRounding(sheet) : options.roundedTo;
  const findings: Finding[] = [];
  for (const rule of sheet.template.rules) {
    if (rule.kind === "value") findings.push(...checkValues(sheet, rule));
    if (rule.kind === "codes") findings.push(...checkCodes(sheet, rule));
    if (rule.kind === "metadata") findings.push(...checkMetadata(sheet, rule));
  }
  for (const check of planSums(sheet.template, sheet.layout)) {
    findings.push(...checkSum(sheet, check, { roundedTo }));
  }
  return findings;
}

/** 5 when every figure is a multiple of 5 and at least ten are not zero, else undefined. */
export function detectRounding(sheet: SheetData): number | undefined {
  let nonZero = 0;
  for (const row of sheet.values) {
    for (const v of row) {
      if (typeof v !== "number" || v === 0) continue;
      if (v % 5 !== 0) return undefined;
      nonZero++;
    }
  }
  return nonZero >= 10 ? 5 : undefined;
}
