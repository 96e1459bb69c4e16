import { userError } from "../core/errors";

/**
 * exceljs neither keeps a workbook's VBA project nor can write a macro-enabled package, so saving
 * one would silently drop its macros; such workbooks are read but never written.
 */
export function refuseMacroWorkbook(file: string, hasMacros = false): void {
  if (!hasMacros && !/\.xlsm$/i.test(file)) return;
  throw userError("macroWorkbook", { file });
}
