/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load --
   the rules only recognise `context.sync()`; batches here
   sync through runExcel's `sync`, which adds a deadline. */
import { cellAddress } from "../core";
import { STATUS_COL } from "./cover-layout";
import { withEventsOff } from "./events-off";
import { runExcel, RunOptions } from "./run";

export interface StatusChange {
  /** Zero-based row of the cover's entry. */
  row: number;
  status: string;
}

/**
 * Writes changed statuses on a cover, in two syncs (protection state, then the write). Events
 * are off meanwhile, so the pane's own write does not come back as a change to re-read.
 */
export function writeCoverStatus(
  sheetId: string,
  changes: StatusChange[],
  options?: RunOptions
): Promise<void> {
  return runExcel(async (context, sync) => {
    const worksheet = context.workbook.worksheets.getItem(sheetId);
    worksheet.load("protection/protected,protection/options");
    await sync();

    const wasProtected = worksheet.protection.protected;
    const protectionOptions = worksheet.protection.options;
    await withEventsOff(context, sync, () => {
      if (wasProtected) worksheet.protection.unprotect();
      for (const { row, status } of changes) {
        worksheet.getRange(cellAddress(row, STATUS_COL)).values = [[status]];
      }
      if (wasProtected) worksheet.protection.protect(protectionOptions);
    });
  }, options);
}
