/** The Excel adapter: the only code in the project that calls Office.js. */
export { addRow } from "./add-row";
export { ChangeWatcher } from "./change-watcher";
export type { ChangeWatcherOptions, ReportUpdate } from "./change-watcher";
export { NOT_STARTED } from "./cover-layout";
export type { CoverData, CoverEntry } from "./cover-layout";
export { writeCoverStatus } from "./cover-status";
export type { StatusChange } from "./cover-status";
export { ExcelProblem } from "./errors";
export { loadPackage } from "./load-package";
export type { PackageChoice } from "./load-package";
export { loadTemplate } from "./load-template";
export type { TemplateChoice } from "./load-template";
export { displayLanguage, officeTheme, watchOfficeTheme, whenOfficeReady } from "./office-host";
export type { ThemeName } from "./office-host";
export { migrateWorkbookSheet } from "./migrate-sheet";
export type { SheetMigration } from "./migrate-sheet";
export { plausibilityNoteText, writePlausibilityMarks } from "./plausibility-marks";
export type { PlausibilityMarkOptions, PlausibilityMarks } from "./plausibility-marks";
export { readSheetReport, readWorkbook, readWorkbookReports } from "./read-sheet";
export { selectCell } from "./select-cell";
export { SelectionWatcher } from "./selection-watcher";
export type { SelectedCell } from "./selection-watcher";
export type { SheetReport } from "./sheet-report";
export { createExcelWorkbook } from "./workbook";
export type { WorkbookListener, WorkbookPort } from "./workbook";
export {
  readSubmissionRecords,
  updateSubmissionRecords,
  writeSubmissionRecords,
} from "./receipt-store";
