import { withEventsOff } from "./events-off";
import { cellBudget, PayloadOptions, rowBlocks } from "./payload";
import { runExcel, RunOptions } from "./run";
import { reportOf, SheetReport } from "./sheet-report";
import { StampStore } from "./stamp-store";
import { withAddedStamps, withStampFindings, WorkbookStamps } from "./stamps";
import { PlannedSheet, writableGrid } from "./template-sheet";
import { queueWithin, WritePiece } from "./write-pieces";

export interface AddedSheets {
  reports: SheetReport[];
  stamps: WorkbookStamps;
}

export type AddOptions = RunOptions & PayloadOptions;

/** Worksheet protection that still lets officials widen columns and rows. */
export const SHEET_PROTECTION: Excel.WorksheetProtectionOptions = {
  allowFormatColumns: true,
  allowFormatRows: true,
};

/** The values of a planned sheet as row blocks of at most `cells` cells each. */
function valuePieces(worksheet: Excel.Worksheet, planned: PlannedSheet, cells: number) {
  const grid = writableGrid(planned.grid);
  const columns = Math.max(...grid.map((row) => row.length));
  const rows = grid.map((row) => [...row, ...new Array<string>(columns - row.length).fill("")]);
  return rowBlocks(rows.length, columns, cells).map((block): WritePiece => ({
    cells: block.count * columns,
    queue() {
      const range = worksheet.getRangeByIndexes(block.first, 0, block.count, columns);
      range.values = rows.slice(block.first, block.first + block.count);
    },
  }));
}

/**
 * Adds planned sheets in three syncs however many there are, when they fit in one request: sheet
 * names and stamp parts; then every sheet's content and the stamps' text; then protection, the
 * new stamps, and going to the first sheet. Content larger than one request (see payload.ts) is
 * written over more syncs, sheet by sheet, and a sheet larger on its own in blocks of rows.
 * Events are off meanwhile, so the change watcher does not re-read what was written. `plan`
 * receives the names already taken, to pick unique ones.
 */
export function addSheets(
  plan: (taken: string[]) => PlannedSheet[],
  options: AddOptions = {}
): Promise<AddedSheets> {
  const cells = cellBudget(options.payloadLimitBytes);
  return runExcel(async (context, sync) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const store = new StampStore(context);
    await sync();

    const taken = sheets.items.map((s) => s.name);
    const planned = plan(taken);
    return withEventsOff(context, sync, async () => {
      store.queueRead(taken);
      const added: Excel.Worksheet[] = [];
      const pieces = planned.flatMap((p): WritePiece[] => {
        const worksheet = sheets.add(p.name);
        added.push(worksheet);
        const addition: WritePiece = {
          cells: 0,
          queue() {
            worksheet.load("id,name");
            worksheet.protection.load("protected");
          },
        };
        const style = p.style.map((s) => ({ cells: s.cells, queue: () => s.queue(worksheet) }));
        return [addition, ...style, ...valuePieces(worksheet, p, cells)];
      });
      await queueWithin(pieces, cells, sync);
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
