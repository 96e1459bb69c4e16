import { withEventsOff } from "./events-off";
import { runExcel, RunOptions } from "./run";
import { reportOf, SheetReport } from "./sheet-report";
import { StampStore } from "./stamp-store";
import { withAddedStamps, withStampFindings, WorkbookStamps } from "./stamps";
import { PlannedSheet } from "./template-sheet";

export interface AddedSheets {
  reports: SheetReport[];
  stamps: WorkbookStamps;
}

/** Worksheet protection that still lets officials widen columns and rows. */
export const SHEET_PROTECTION: Excel.WorksheetProtectionOptions = {
  allowFormatColumns: true,
  allowFormatRows: true,
};

/**
 * Adds planned sheets in three syncs however many there are: sheet names and stamp parts; then
 * every sheet's content and the stamps' text; then protection, the new stamps, and going to the
 * first sheet. Events are off meanwhile, so the change watcher does not re-read what was written.
 * `plan` receives the names already taken, to pick unique ones.
 */
export function addSheets(
  plan: (taken: string[]) => PlannedSheet[],
  options?: RunOptions
): Promise<AddedSheets> {
  return runExcel(async (context, sync) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const store = new StampStore(context);
    await sync();

    const taken = sheets.items.map((s) => s.name);
    const planned = plan(taken);
    return withEventsOff(context, sync, async () => {
      store.queueRead(taken);
      const added = planned.map((p) => {
        const worksheet = sheets.add(p.name);
        worksheet.load("id,name");
        p.queue(worksheet);
        worksheet.protection.load("protected");
        return worksheet;
      });
      await sync();

      const stamps = withAddedStamps(
        store.read(),
        planned.flatMap((p) => (p.stamp ? [p.stamp] : [])),
        [...taken, ...planned.map((p) => p.name)]
      );
      store.queueWrite(stamps);
      for (const worksheet of added) {
        if (!worksheet.protection.protected) worksheet.protection.protect(SHEET_PROTECTION);
      }
      added[0].activate();
      added[0].getRange(planned[0].firstCell).select();
      const reports = added.map((w, i) => reportOf(w.id, w.name, planned[i].grid));
      return { reports: withStampFindings(reports, stamps), stamps };
    });
  }, options);
}
