import { runExcel, RunOptions } from "./run";
import { gridFromA1 } from "./sheet-grid";
import { reportOf, SheetReport } from "./sheet-report";

export interface QueuedRead {
  worksheet: Excel.Worksheet;
  used: Excel.Range;
}

/**
 * Queues the reads one sheet needs (its id, name and used values), so several sheets can share
 * one round trip; `reportFrom` turns them into a report once the caller has synced.
 */
export function queueSheetRead(worksheet: Excel.Worksheet): QueuedRead {
  worksheet.load("id,name");
  const used = worksheet.getUsedRangeOrNullObject(true);
  used.load("address,values");
  return { worksheet, used };
}

export function reportFrom(read: QueuedRead): SheetReport {
  const { worksheet, used } = read;
  const grid = used.isNullObject ? [] : gridFromA1(used.address, used.values);
  return reportOf(worksheet.id, worksheet.name, grid);
}

/** Reads and validates one sheet (by id or name) in a single sync. */
export function readSheetReport(sheetKey: string, options?: RunOptions): Promise<SheetReport> {
  return runExcel(async (context, sync) => {
    const read = queueSheetRead(context.workbook.worksheets.getItem(sheetKey));
    await sync();
    return reportFrom(read);
  }, options);
}

/** Reads and validates every sheet of the workbook: one sync for the list, one for the values. */
export function readWorkbookReports(options?: RunOptions): Promise<SheetReport[]> {
  return runExcel(async (context, sync) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/id");
    await sync();
    const reads = sheets.items.map(queueSheetRead);
    await sync();
    return reads.map(reportFrom);
  }, options);
}
