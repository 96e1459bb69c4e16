import { toExcelProblem } from "./errors";
import { queueSheetRead, readWorkbookReports, reportFrom } from "./read-sheet";
import { runExcel } from "./run";
import { SheetReport } from "./sheet-report";

export interface ReportUpdate {
  reports: SheetReport[];
  /** True when `reports` covers every sheet of the workbook (sheets not in it are gone). */
  complete: boolean;
}

export interface ChangeWatcherOptions {
  onUpdate: (update: ReportUpdate) => void;
  /** Failures while re-reading; the pane shows them, Office would swallow them. */
  onError: (error: Error) => void;
  /** How long to wait for more events before re-reading (typing, fill and paste come in bursts). */
  delayMs?: number;
  timeoutMs?: number;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Re-validates a sheet after its cells change. The event is only a hint that something changed
 * on a sheet: `details` is missing for multi-cell edits and some edits raise no event at all, so
 * the whole sheet is re-read, and the pane also validates on load and before submitting. One
 * workbook-level handler serves every sheet, including sheets added later.
 */
export class ChangeWatcher {
  private readonly pending = new Set<string>();
  private scheduled: Promise<void> | undefined;
  private running: Promise<void> = Promise.resolve();
  private handler: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | undefined;

  constructor(private readonly options: ChangeWatcherOptions) {}

  async start(): Promise<void> {
    if (this.handler) return;
    this.handler = await runExcel(async (context, sync) => {
      const handler = context.workbook.worksheets.onChanged.add((args) => this.onChanged(args));
      await sync();
      return handler;
    });
  }

  async stop(): Promise<void> {
    const handler = this.handler;
    if (!handler) return;
    this.handler = undefined;
    try {
      // Office.js removes a handler only through the context that added it.
      await Excel.run(handler.context, async (context) => {
        handler.remove();
        await context.sync();
      });
    } catch (error) {
      throw toExcelProblem(error);
    }
  }

  /** Returns the pending re-read, so Office (and tests) can tell when the handler has finished. */
  private onChanged(args: Excel.WorksheetChangedEventArgs): Promise<void> {
    if (args.triggerSource === Excel.EventTriggerSource.thisLocalAddin) return Promise.resolve();
    this.pending.add(args.worksheetId);
    return this.schedule();
  }

  private schedule(): Promise<void> {
    if (!this.scheduled) {
      this.scheduled = this.running
        .then(() => wait(this.options.delayMs ?? 150))
        .then(() => {
          this.scheduled = undefined;
          const sheetIds = [...this.pending];
          this.pending.clear();
          this.running = this.reread(sheetIds);
          return this.running;
        });
    }
    return this.scheduled;
  }

  /** One sync for all sheets changed in the burst; never rejects (errors go to onError). */
  private async reread(sheetIds: string[]): Promise<void> {
    try {
      const reports = await runExcel(async (context, sync) => {
        const worksheets = context.workbook.worksheets;
        const reads = sheetIds.map((id) => queueSheetRead(worksheets.getItem(id)));
        await sync();
        return reads.map(reportFrom);
      }, this.options);
      this.options.onUpdate({ reports, complete: false });
    } catch (error) {
      await this.rereadAll(error);
    }
  }

  /** A sheet that changed and was then deleted fails the batch; reading everything recovers. */
  private async rereadAll(cause: unknown): Promise<void> {
    if ((cause as { code?: string }).code !== "ItemNotFound") {
      this.options.onError(toExcelProblem(cause));
      return;
    }
    try {
      this.options.onUpdate({ reports: await readWorkbookReports(this.options), complete: true });
    } catch (error) {
      this.options.onError(toExcelProblem(error));
    }
  }
}
