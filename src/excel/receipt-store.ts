/* eslint-disable office-addins/call-sync-before-read --
   the rule only recognises `context.sync()`; these batches sync through runExcel's `sync`,
   which adds a deadline. */
import {
  NO_RECORDS,
  RECEIPT_NAMESPACE,
  RECEIPT_SHEET,
  receiptsFromGrid,
  receiptsToGrid,
  recordsFromXml,
  recordsToXml,
  SubmissionRecords,
} from "../core";
import { withEventsOff } from "./events-off";
import { runExcel, RunOptions } from "./run";
import { gridFromA1 } from "./sheet-grid";

/** Reads the workbook's submission records from the custom XML part, else from the hidden sheet. */
export function readSubmissionRecords(options?: RunOptions): Promise<SubmissionRecords> {
  return runExcel(async (context, sync) => {
    const parts = context.workbook.customXmlParts.getByNamespace(RECEIPT_NAMESPACE);
    parts.load("items/id");
    const sheet = context.workbook.worksheets.getItemOrNullObject(RECEIPT_SHEET);
    await sync();
    const xml = parts.items.map((part) => part.getXml());
    const used = sheet.isNullObject ? undefined : sheet.getUsedRangeOrNullObject(true);
    used?.load("address,values");
    await sync();
    if (xml.length > 0) {
      const records = xml.map((part) => recordsFromXml(part.value));
      return {
        receipts: records.flatMap((r) => r.receipts),
        justifications: records.flatMap((r) => r.justifications),
      };
    }
    // Only the sheet is left (e.g. a tool that drops custom XML parts saved the file): the
    // receipts are still readable there; justifications live only in the part.
    const grid = !used || used.isNullObject ? [] : gridFromA1(used.address, used.values);
    return { ...NO_RECORDS, receipts: receiptsFromGrid(grid) };
  }, options);
}

/**
 * Replaces the records in both places, with events off so that the pane does not re-read its
 * own write. The hidden sheet is very hidden and protected: not offered by Unhide, not edited by
 * accident; it holds the receipts only (the justifications are the official's words about the
 * figures, kept in the XML part with them).
 */
export function writeSubmissionRecords(
  records: SubmissionRecords,
  options?: RunOptions
): Promise<void> {
  return runExcel(async (context, sync) => {
    const parts = context.workbook.customXmlParts.getByNamespace(RECEIPT_NAMESPACE);
    parts.load("items/id");
    const existing = context.workbook.worksheets.getItemOrNullObject(RECEIPT_SHEET);
    await sync();
    const used = existing.isNullObject ? undefined : existing.getUsedRangeOrNullObject(true);
    if (!existing.isNullObject) existing.protection.load("protected");
    used?.load("address");
    await sync();
    await withEventsOff(context, sync, () => {
      parts.items.forEach((part) => part.delete());
      context.workbook.customXmlParts.add(recordsToXml(records));

      const rows = receiptsToGrid(records.receipts);
      let sheet: Excel.Worksheet;
      if (existing.isNullObject) {
        sheet = context.workbook.worksheets.add(RECEIPT_SHEET);
      } else {
        sheet = existing;
        if (existing.protection.protected) sheet.protection.unprotect();
        if (used && !used.isNullObject) used.clear(Excel.ClearApplyTo.contents);
      }
      const range = sheet.getRangeByIndexes(0, 0, rows.length, rows[0].length);
      range.numberFormat = rows.map((row) => row.map(() => "@"));
      range.values = rows;
      sheet.visibility = Excel.SheetVisibility.veryHidden;
      sheet.protection.protect();
    });
  }, options);
}

/** Reads, changes and writes the records in two batches; the pane is the only writer. */
export async function updateSubmissionRecords(
  change: (records: SubmissionRecords) => SubmissionRecords,
  options?: RunOptions
): Promise<SubmissionRecords> {
  const updated = change(await readSubmissionRecords(options));
  await writeSubmissionRecords(updated, options);
  return updated;
}
