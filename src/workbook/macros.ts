import { UserError } from "../core";

/**
 * exceljs neither keeps a workbook's VBA project nor can write a macro-enabled package, so saving
 * one would silently drop its macros; such workbooks are read but never written.
 */
export function refuseMacroWorkbook(file: string, hasMacros = false): void {
  if (!hasMacros && !/\.xlsm$/i.test(file)) return;
  throw new UserError(
    `${file}: macro-enabled workbooks are read-only for midex: save a copy as .xlsx ` +
      '(in Excel: File > Save As > "Excel Workbook") and use the copy.'
  );
}
