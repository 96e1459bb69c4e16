import {
  CellValue,
  Finding,
  readSheet,
  SheetData,
  templateIdOf,
  UserError,
  validateSheet,
} from "../core";

/** What the pane knows about one worksheet after reading it. */
export type SheetReport =
  | {
      kind: "template";
      sheetId: string;
      sheet: string;
      data: SheetData;
      findings: Finding[];
    }
  /** Names a template in B2 but cannot be read as one (e.g. figures on a row without a code). */
  | { kind: "unreadable"; sheetId: string; sheet: string; message: string }
  /** Any other sheet of the workbook; the pane ignores it. */
  | { kind: "other"; sheetId: string; sheet: string };

export function reportOf(sheetId: string, sheet: string, grid: CellValue[][]): SheetReport {
  if (!templateIdOf(grid)) return { kind: "other", sheetId, sheet };
  try {
    const data = readSheet(grid, sheet);
    return { kind: "template", sheetId, sheet, data, findings: validateSheet(data) };
  } catch (error) {
    if (error instanceof UserError) {
      return { kind: "unreadable", sheetId, sheet, message: error.message };
    }
    throw error;
  }
}
