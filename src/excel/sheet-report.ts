import {
  CellValue,
  Finding,
  readSheet,
  SheetData,
  STAMP_SHEET,
  templateIdOf,
  UserError,
  validateSheet,
} from "../core";
import { CoverData, readCover } from "./cover-layout";

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
  /** The cover of a reporting package; the pane keeps its statuses current. */
  | { kind: "cover"; sheetId: string; sheet: string; cover: CoverData }
  /** Any other sheet of the workbook; the pane ignores it. */
  | { kind: "other"; sheetId: string; sheet: string };

/** `validate` lets a caller keep the validator it builds (see ValidatorCache). */
export function reportOf(
  sheetId: string,
  sheet: string,
  grid: CellValue[][],
  validate: (data: SheetData) => Finding[] = (data) => validateSheet(data)
): SheetReport {
  // The stamp table names a template in B2 too.
  if (sheet === STAMP_SHEET) return { kind: "other", sheetId, sheet };
  if (!templateIdOf(grid)) {
    const cover = readCover(grid);
    return cover ? { kind: "cover", sheetId, sheet, cover } : { kind: "other", sheetId, sheet };
  }
  try {
    const data = readSheet(grid, sheet);
    return { kind: "template", sheetId, sheet, data, findings: validate(data) };
  } catch (error) {
    if (error instanceof UserError) {
      return { kind: "unreadable", sheetId, sheet, message: error.message };
    }
    throw error;
  }
}
