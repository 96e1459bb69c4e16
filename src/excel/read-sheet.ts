import { parseRange } from "../core";
import { cellBudget, PayloadOptions, requestsFor, WINDOW_COLUMNS } from "./payload";
import { runExcel, RunOptions, Sync } from "./run";
import { gridFromA1 } from "./sheet-grid";
import { reportOf, SheetReport } from "./sheet-report";
import { StampStore } from "./stamp-store";
import { withStampFindings, WorkbookStamps } from "./stamps";

export interface QueuedRead {
  worksheet: Excel.Worksheet;
  /** The sheet's whole used range: only its address, to tell whether `head` holds all of it. */
  used: Excel.Range;
  /** The used cells within the first rows and columns, with their values. */
  head: Excel.Range;
  headRows: number;
  /** Set by `completeReads` when the sheet is larger than `head` and was read in blocks. */
  blocks?: { address: string; values: unknown[][] };
}

/**
 * Queues the reads one sheet needs (its id, name and used values), so several sheets can share
 * one round trip. Only the sheet's first rows are asked for, enough for any template under the
 * payload limit; `completeReads` reads the rest of a larger sheet in blocks, in later syncs.
 */
export function queueSheetRead(
  worksheet: Excel.Worksheet,
  options: PayloadOptions = {}
): QueuedRead {
  worksheet.load("id,name");
  const used = worksheet.getUsedRangeOrNullObject(true);
  used.load("address");
  const headRows = Math.max(1, Math.floor(cellBudget(options.payloadLimitBytes) / WINDOW_COLUMNS));
  const head = worksheet
    .getRangeByIndexes(0, 0, headRows, WINDOW_COLUMNS)
    .getUsedRangeOrNullObject(true);
  head.load("address,values");
  return { worksheet, used, head, headRows };
}

function beyondHead(read: QueuedRead): boolean {
  if (read.used.isNullObject) return false;
  const r = parseRange(read.used.address);
  return r.lastRow >= read.headRows || r.lastCol >= WINDOW_COLUMNS;
}

/**
 * After the sync that ran `queueSheetRead`: reads sheets larger than their head in row blocks,
 * as many blocks per sync as fit under the payload limit. Costs no sync for template-sized sheets.
 */
export async function completeReads(
  reads: QueuedRead[],
  sync: Sync,
  options: PayloadOptions = {}
): Promise<void> {
  const cells = cellBudget(options.payloadLimitBytes);
  for (const read of reads.filter(beyondHead)) {
    const whole = read.used.address;
    const requests = requestsFor([whole.slice(whole.lastIndexOf("!") + 1)], cells);
    const values: unknown[][] = [];
    for (const addresses of requests) {
      const ranges = addresses.map((address) => read.worksheet.getRange(address).load("values"));
      await sync();
      for (const range of ranges) values.push(...range.values);
    }
    read.blocks = { address: whole, values };
  }
}

export function gridOf(read: QueuedRead) {
  if (read.blocks) return gridFromA1(read.blocks.address, read.blocks.values);
  if (beyondHead(read)) throw new Error("A large sheet was read without completeReads.");
  const { head } = read;
  return head.isNullObject ? [] : gridFromA1(head.address, head.values);
}

export function reportFrom(read: QueuedRead): SheetReport {
  return reportOf(read.worksheet.id, read.worksheet.name, gridOf(read));
}

export type ReadOptions = RunOptions & PayloadOptions;

export interface WorkbookRead {
  reports: SheetReport[];
  stamps: WorkbookStamps;
}

/**
 * Reads and validates one sheet (by id or name), with the workbook's stamps, in two syncs: the
 * hidden stamp sheet can only be read once the sheet list says it exists.
 */
export function readSheetWithStamps(
  sheetKey: string,
  options?: ReadOptions
): Promise<WorkbookRead> {
  return runExcel(async (context, sync) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const read = queueSheetRead(sheets.getItem(sheetKey), options);
    const store = new StampStore(context);
    await sync();
    await completeReads([read], sync, options);
    store.queueRead(sheets.items.map((s) => s.name));
    await sync();
    const stamps = store.read();
    return { reports: withStampFindings([reportFrom(read)], stamps), stamps };
  }, options);
}

export async function readSheetReport(
  sheetKey: string,
  options?: ReadOptions
): Promise<SheetReport> {
  return (await readSheetWithStamps(sheetKey, options)).reports[0];
}

/** Reads and validates every sheet with the stamps: one sync for the lists, one for the values. */
export function readWorkbook(options?: ReadOptions): Promise<WorkbookRead> {
  return runExcel(async (context, sync) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/id,items/name");
    const store = new StampStore(context);
    await sync();
    const reads = sheets.items.map((sheet) => queueSheetRead(sheet, options));
    store.queueRead(sheets.items.map((s) => s.name));
    await sync();
    await completeReads(reads, sync, options);
    const stamps = store.read();
    return { reports: withStampFindings(reads.map(reportFrom), stamps), stamps };
  }, options);
}

export async function readWorkbookReports(options?: ReadOptions): Promise<SheetReport[]> {
  return (await readWorkbook(options)).reports;
}
