import type ExcelJS from "exceljs";

/**
 * Protection without a password: it stops accidental edits of codes and labels, not a determined
 * user, and people may still select, format and resize as they like.
 */
const TEMPLATE_SHEET_OPTIONS: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatCells: true,
  formatColumns: true,
  formatRows: true,
};

const HIDDEN_SHEET_OPTIONS: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
};

export function protectTemplateSheet(worksheet: ExcelJS.Worksheet): Promise<void> {
  return worksheet.protect("", { ...TEMPLATE_SHEET_OPTIONS });
}

export function protectHiddenSheet(worksheet: ExcelJS.Worksheet): Promise<void> {
  return worksheet.protect("", { ...HIDDEN_SHEET_OPTIONS });
}
