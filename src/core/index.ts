/**
 * The host-agnostic core: templates, code lists, sheet layout, rules and formats. It imports no
 * Office.js, React, HTTP or file system, so the task pane, the CLI and the server share it whole.
 */
export { codeLists } from "./codelists/registry";
export type { Code, CodeList } from "./codelists/schema";
export { describeKey, emptySheet, placeObservations, sheetToObservations } from "./cube";
export type { Placement, Unplaced } from "./cube";
export { UserError } from "./errors";
export { summarise } from "./findings";
export type { Finding, FindingSummary, InvolvedCell } from "./findings";
export { cellAddress, columnName, parseCell, parseRange, rangeAddress } from "./layout/a1";
export { highlightRules, highlightRulesFor, inputRules } from "./layout/excel-rules";
export type { HighlightRule, InputRule } from "./layout/excel-rules";
export { dataCellAddress, readSheet, templateIdOf } from "./layout/read-sheet";
export type { SheetData } from "./layout/read-sheet";
export { buildSheetContent, sheetTitle } from "./layout/sheet-content";
export type { SheetContent } from "./layout/sheet-content";
export { META, templateLayout } from "./layout/sheet-layout";
export type { DimensionKey, SheetLayout } from "./layout/sheet-layout";
export { render } from "./messages/catalogue";
export type { MessageId } from "./messages/catalogue";
export { deadline, normalisePeriod, periodExample } from "./periods";
export { detectRounding, validateSheet } from "./rules/validate";
export type { ValidationOptions } from "./rules/validate";
export { evaluateSum } from "./rules/sum-rule";
export { planSums } from "./rules/sum-plan";
export type { SumCheck } from "./rules/sum-plan";
export type { Observation } from "./sdmx/observation";
export { readSdmxCsv } from "./sdmx/read";
export type { ParsedSdmx, ParseProblem } from "./sdmx/read";
export { SDMX_CSV_MEDIA_TYPE, writeSdmxCsv } from "./sdmx/write";
export { allTemplates, findTemplate, getTemplate } from "./templates/catalogue";
export type { Dimension, Frequency, Rule, Severity, Template } from "./templates/schema";
export { classifyFigure } from "./values";
export type { CellValue, Figure } from "./values";
export { MAX_SUBMISSION_CSV_BYTES } from "./submission";
export type { Receipt, SubmissionRequest } from "./submission";
export { SheetValidator } from "./rules/sheet-validator";
export type { CellChange } from "./rules/sheet-validator";
export type { RowSet } from "./layout/sheet-layout";
export { allPackages, articleOf, findPackage, packageSchedule } from "./templates/packages";
export type { ReportingPackage } from "./templates/packages";
export {
  checkStamps,
  STAMP_NAMESPACE,
  STAMP_SHEET,
  stampFromGrid,
  stampFromXml,
  stampToGrid,
  stampToXml,
} from "./layout/stamp";
export type { SheetStamp } from "./layout/stamp";
export {
  findTemplateVersion,
  isEarlierVersion,
  registerTemplateVersion,
} from "./templates/history";
export { addedCodes, migrateSheet, missingRowKeys, withRows } from "./layout/migrate";
export type { Migration } from "./layout/migrate";
export { keyString } from "./layout/sheet-layout";
export {
  COMMENT_COLUMN,
  commentProblem,
  MAX_COMMENT_LENGTH,
  normaliseComment,
} from "./sdmx/comment";
export { diffFigures, diffSize, figureLabel } from "./diff";
export type { FigureChange, FigureDiff } from "./diff";
export {
  keyText,
  latestReceipt,
  NO_RECORDS,
  RECEIPT_NAMESPACE,
  RECEIPT_SHEET,
  receiptsFromGrid,
  receiptsToGrid,
  recordsFromXml,
  recordsToXml,
  withSavedJustifications,
  withReceipt,
} from "./layout/receipt-record";
export type { SavedJustification, ReceiptRecord, SubmissionRecords } from "./layout/receipt-record";
export { applyJustifications, justify, observationKeyOf, withComments } from "./sdmx/justification";
export type { GivenJustification, JustifiedFinding, Justifications } from "./sdmx/justification";
export { validateForSubmission } from "./rules/validate";
export type { SubmissionOptions } from "./rules/validate";
export { historyPeriods, plausibilityFindings, usualRange } from "./rules/plausibility";
export type { PlausibilityOptions } from "./rules/plausibility";
export type { FindingHistory } from "./findings";
export { isStock } from "./templates/measure";
export type { Measure } from "./templates/schema";
export { periodSumFindings, subPeriods, validatePackage } from "./rules/package-validate";
export { crossRules, periodSumRules } from "./rules/package-rules";
export type { CrossRule, PeriodSumRule } from "./templates/schema";
