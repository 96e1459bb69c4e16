import {
  STAMP_NAMESPACE,
  STAMP_SHEET,
  stampFromGrid,
  stampFromXml,
  stampToGrid,
  stampToXml,
} from "../core";
import { gridFromA1 } from "./sheet-grid";
import { WorkbookStamps } from "./stamps";

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/**
 * Reads and rewrites the workbook's stamps (custom XML part and hidden sheet) inside a caller's
 * batch, in the caller's syncs: the constructor queues the list of parts, `queueRead` (after a
 * sync, once the sheet names are known) their text and the hidden sheet, `read` returns them after
 * the next sync and `queueWrite` replaces both.
 */
export class StampStore {
  private readonly parts: Excel.CustomXmlPartScopedCollection;
  private xml: OfficeExtension.ClientResult<string>[] = [];
  private meta: { sheet: Excel.Worksheet; used: Excel.Range } | undefined;

  constructor(private readonly context: Excel.RequestContext) {
    this.parts = context.workbook.customXmlParts.getByNamespace(STAMP_NAMESPACE);
    this.parts.load("items/id");
  }

  queueRead(sheetNames: string[]): void {
    this.xml = this.parts.items.map((part) => part.getXml());
    if (!sheetNames.some((name) => sameName(name, STAMP_SHEET))) return;
    const sheet = this.context.workbook.worksheets.getItem(STAMP_SHEET);
    sheet.protection.load("protected");
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("address,values");
    this.meta = { sheet, used };
  }

  read(): WorkbookStamps {
    const used = this.meta?.used;
    const grid = !used || used.isNullObject ? [] : gridFromA1(used.address, used.values);
    return { xml: this.xml.flatMap((part) => stampFromXml(part.value)), grid: stampFromGrid(grid) };
  }

  /** Replaces our part(s) and the hidden sheet's table; the caller has switched events off. */
  queueWrite(stamps: WorkbookStamps): void {
    this.parts.items.forEach((part) => part.delete());
    this.context.workbook.customXmlParts.add(stampToXml(stamps.xml));

    const rows = stampToGrid(stamps.grid);
    let sheet = this.meta?.sheet;
    if (sheet) {
      if (sheet.protection.protected) sheet.protection.unprotect();
      if (!this.meta!.used.isNullObject) this.meta!.used.clear(Excel.ClearApplyTo.contents);
    } else {
      sheet = this.context.workbook.worksheets.add(STAMP_SHEET);
    }
    const range = sheet.getRangeByIndexes(0, 0, rows.length, rows[0].length);
    range.numberFormat = rows.map((row) => row.map(() => "@"));
    range.values = rows;
    // Very hidden: not offered by Excel's Unhide dialog, so the record is not edited by accident.
    sheet.visibility = Excel.SheetVisibility.veryHidden;
    sheet.protection.protect();
  }
}
