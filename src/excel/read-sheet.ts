import { runExcel, RunOptions } from "./run";
import { gridFromA1 } from "./sheet-grid";
import { reportOf, SheetReport } from "./sheet-report";
import { StampStore } from "./stamp-store";
import { withStampFindings, WorkbookStamps } from "./stamps";

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

export function gridOf(read: QueuedRead) {
  const { used } = read;
  return used.isNullObject ? [] : gridFromA1(used.address, used.values);
}

export function reportFrom(read: QueuedRead): SheetReport {
  return reportOf(read.worksheet.id, read.worksheet.name, gridOf(read));
}

export interface WorkbookRead {
  reports: SheetReport[];
  stamps: WorkbookStamps;
}

/**
 * Reads and validates one sheet (by id or name), with the workbook's stamps, in two syncs: the
 * hidden stamp sheet can only be read once the sheet list says it exists.
 */
export function readSheetWithStamps(sheetKey: string, options?: RunOptions): Promise<WorkbookRead> {
  return runExcel(async (context, sync) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const read = queueSheetRead(sheets.getItem(sheetKey));
    const store = new StampStore(context);
    await sync();
    store.queueRead(sheets.items.map((s) => s.name));
    await sync();
    const stamps = store.read();
    return { reports: withStampFindings([reportFrom(read)], stamps), stamps };
  }, options);
}

export async function readSheetReport(
  sheetKey: string,
  options?: RunOptions
): Promise<SheetReport> {
  return (await readSheetWithStamps(sheetKey, options)).reports[0];
}

/** Reads and validates every sheet with the stamps: one sync for the lists, one for the values. */
export function readWorkbook(options?: RunOptions): Promise<WorkbookRead> {
  return runExcel(async (context, sync) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/id,items/name");
    const store = new StampStore(context);
    await sync();
    const reads = sheets.items.map(queueSheetRead);
    store.queueRead(sheets.items.map((s) => s.name));
    await sync();
    const stamps = store.read();
    return { reports: withStampFindings(reads.map(reportFrom), stamps), stamps };
  }, options);
}

export async function readWorkbookReports(options?: RunOptions): Promise<SheetReport[]> {
  return (await readWorkbook(options)).reports;
}
