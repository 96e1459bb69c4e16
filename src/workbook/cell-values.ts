import ExcelJS from "exceljs";
import { CellValue } from "../core";

/** Excel's day 0 is 1899-12-30 (it counts 1900 as a leap year). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

export function excelSerial(date: Date): number {
  return (date.getTime() - EXCEL_EPOCH_MS) / DAY_MS;
}

type Raw = ExcelJS.CellValue | ExcelJS.CellFormulaValue["result"];

/** Plain value of anything exceljs may hand back for a cell or a formula's cached result. */
function plain(value: Raw): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") {
    return value;
  }
  if (value instanceof Date) return excelSerial(value);
  if ("error" in value) return value.error;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("hyperlink" in value) return typeof value.text === "string" ? value.text : plain(value.text);
  if ("formula" in value || "sharedFormula" in value) return plain(value.result ?? null);
  return null;
}

export interface ReadCell {
  value: CellValue;
  isFormula: boolean;
}

/** A cell as the core reads it; a formula is its cached result, the result Excel last showed. */
export function readCell(cell: ExcelJS.Cell): ReadCell {
  if (cell.type === ExcelJS.ValueType.Merge) return { value: null, isFormula: false };
  const raw = cell.value;
  const isFormula =
    typeof raw === "object" && raw !== null && ("formula" in raw || "sharedFormula" in raw);
  return { value: plain(raw), isFormula };
}
