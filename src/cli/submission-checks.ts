import {
  checkStamps,
  Finding,
  SheetData,
  SubmissionOptions,
  validateForSubmission,
  validateSheet,
  ValidationOptions,
} from "../core";
import { checkComplete } from "../core/rules/complete-rule";
import type { WorkbookContent } from "../workbook";
import { ReportedFinding } from "./output";
import { versionFindings } from "./version-check";

/**
 * What the workbook says about how `sheets` were made: their stamps and template versions.
 * `midex validate` and `midex submit` both report these, so neither passes a sheet the other
 * refuses for them.
 */
export function workbookFindings(
  stamps: WorkbookContent["stamps"],
  sheets: SheetData[]
): ReportedFinding[] {
  return [...checkStamps(sheets, stamps.xml, stamps.grid), ...sheets.flatMap(versionFindings)];
}

/**
 * The submission's rules, as the exchange applies them: blank cells among the figures of a row
 * and a wholly blank sheet are errors; a wholly blank row is not sent (no observation), and the
 * exchange cannot tell it from a row the sheet never had, so it is not refused here either.
 */
export function submissionFindings(sheet: SheetData, options: SubmissionOptions = {}): Finding[] {
  return validateForSubmission(sheet.template, sheet, options).filter(
    (f) => f.messageId !== "complete.blankRow"
  );
}

/** The rules of a sheet: while it is being filled in, or as `midex submit` applies them. */
export function sheetFindings(
  sheet: SheetData,
  options: ValidationOptions,
  forSubmission: boolean
): Finding[] {
  return forSubmission ? submissionFindings(sheet, options) : validateSheet(sheet, options);
}

/** How many figure cells are blank that `midex submit` refuses (see submissionFindings). */
export function blankFigureCells(sheet: SheetData): number {
  let count = 0;
  for (const rule of sheet.template.rules) {
    if (rule.kind !== "complete") continue;
    for (const found of checkComplete(sheet, rule)) {
      if (found.messageId === "complete.blank") count += 1;
      if (found.messageId === "complete.blankSheet") count += Number(found.params.count);
    }
  }
  return count;
}
