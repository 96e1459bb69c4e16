import { Finding } from "../findings";
import { SheetData } from "../layout/read-sheet";
import { Observation } from "../sdmx/observation";
import { Template } from "../templates/schema";
import { checkComplete } from "./complete-rule";
import { plausibilityFindings, PlausibilityOptions } from "./plausibility";
import { SheetValidator } from "./sheet-validator";

export interface ValidationOptions {
  /**
   * Base the figures were rounded to, for published data (Eurostat rounds asylum figures to 5).
   * "auto" detects it: every figure a multiple of 5. Raw national figures are not rounded.
   */
  roundedTo?: number | "auto";
}

export interface SubmissionOptions extends ValidationOptions {
  /**
   * The country's earlier observations of this template (from the exchange, or read from
   * earlier sheets), for the plausibility warnings; none means no plausibility check.
   */
  history?: Observation[];
  plausibility?: PlausibilityOptions;
}

/**
 * Runs the rules that apply while a person types: every rule the sheet's template declares
 * except completeness (a blank is not done yet, not wrong) and plausibility (needs history).
 */
export function validateSheet(sheet: SheetData, options: ValidationOptions = {}): Finding[] {
  const roundedTo = options.roundedTo === "auto" ? detectRounding(sheet) : options.roundedTo;
  return new SheetValidator(sheet, { roundedTo }).findings();
}

/**
 * Everything a sheet must pass to be submitted: the findings of validateSheet, then blank
 * figure cells (errors), then figures far outside the cell's history (warnings) when `history`
 * is given. The template is the one the submission is for; a sheet read with another template
 * is checked against this one's rules.
 */
export function validateForSubmission(
  template: Template,
  sheet: SheetData,
  options: SubmissionOptions = {}
): Finding[] {
  const checked = sheet.template === template ? sheet : { ...sheet, template };
  const findings = validateSheet(checked, options);
  for (const rule of template.rules) {
    if (rule.kind === "complete") findings.push(...checkComplete(checked, rule));
  }
  if (options.history) {
    findings.push(...plausibilityFindings(checked, options.history, options.plausibility));
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
