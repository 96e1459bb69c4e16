/** The Excel adapter: the only code in the project that calls Office.js. */
export { ChangeWatcher } from "./change-watcher";
export type { ChangeWatcherOptions, ReportUpdate } from "./change-watcher";
export { ExcelProblem } from "./errors";
export { loadTemplate } from "./load-template";
export type { TemplateChoice } from "./load-template";
export { displayLanguage, officeTheme, whenOfficeReady } from "./office-host";
export type { ThemeName } from "./office-host";
export { readSheetReport, readWorkbookReports } from "./read-sheet";
export { selectCell } from "./select-cell";
export { SelectionWatcher } from "./selection-watcher";
export type { SelectedCell } from "./selection-watcher";
export type { SheetReport } from "./sheet-report";
export { createExcelWorkbook } from "./workbook";
export type { WorkbookListener, WorkbookPort } from "./workbook";
