import { CellChange, CellValue, parseRange, SheetValidator } from "../core";
import { reportOf, SheetReport } from "./sheet-report";

/** One edited range as read back: its address on the sheet and its values. */
export interface EditedRange {
  address: string;
  values: unknown[][];
}

function asCellValue(value: unknown): CellValue {
  if (value === "" || value === undefined) return null;
  return typeof value === "number" || typeof value === "string" || typeof value === "boolean"
    ? value
    : null;
}

/**
 * The validator of each template sheet the change watcher has read in full, kept so that an edit
 * of figures re-reads only the edited cells and re-runs only the checks that read them. An edit
 * anywhere else (codes, metadata, inserted rows) needs a full read, which rebuilds the validator.
 */
export class ValidatorCache {
  private readonly bySheet = new Map<string, SheetValidator>();

  /** The report of a full read; remembers the sheet's validator when it is a template. */
  fullReport(sheetId: string, sheet: string, grid: CellValue[][]): SheetReport {
    this.bySheet.delete(sheetId);
    return reportOf(sheetId, sheet, grid, (data) => {
      const validator = new SheetValidator(data);
      this.bySheet.set(sheetId, validator);
      return validator.findings();
    });
  }

  /** True when every address lies within the sheet's figures as last read. */
  canPatch(sheetId: string, addresses: string[]): boolean {
    const validator = this.bySheet.get(sheetId);
    if (!validator || addresses.length === 0) return false;
    const { layout } = validator.sheet;
    const bottom = layout.firstDataRow + layout.rowKeys.length - 1;
    const right = layout.firstDataCol + layout.colKeys.length - 1;
    return addresses.every((address) => {
      if (!/^\$?[A-Z]+\$?\d+(:\$?[A-Z]+\$?\d+)?$/i.test(address)) return false;
      const r = parseRange(address.replace(/\$/g, ""));
      return (
        r.row >= layout.firstDataRow &&
        r.col >= layout.firstDataCol &&
        r.lastRow <= bottom &&
        r.lastCol <= right
      );
    });
  }

  /** Applies edited figures to the sheet's validator; call only after `canPatch` said yes. */
  patch(sheetId: string, sheet: string, edits: EditedRange[]): SheetReport {
    const validator = this.bySheet.get(sheetId)!;
    const { layout } = validator.sheet;
    const changes: CellChange[] = [];
    for (const { address, values } of edits) {
      const { row, col } = parseRange(address.replace(/\$/g, ""));
      values.forEach((line, i) =>
        line.forEach((value, j) =>
          changes.push({
            row: row + i - layout.firstDataRow,
            col: col + j - layout.firstDataCol,
            value: asCellValue(value),
          })
        )
      );
    }
    validator.setCells(changes);
    validator.sheet.sheetName = sheet;
    return {
      kind: "template",
      sheetId,
      sheet,
      data: validator.sheet,
      findings: validator.findings(),
    };
  }

  forget(sheetId: string): void {
    this.bySheet.delete(sheetId);
  }
}
