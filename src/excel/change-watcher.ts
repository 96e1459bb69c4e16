import { toExcelProblem } from "./errors";
import { removeHandler } from "./remove-handler";
import { cellBudget, PayloadOptions, requestsFor } from "./payload";
import {
  completeReads,
  gridOf,
  QueuedRead,
  queueSheetRead,
  readWorkbookReports,
} from "./read-sheet";
import { runExcel, Sync } from "./run";
import { SheetReport } from "./sheet-report";
import { ValidatorCache } from "./validator-cache";

export interface ReportUpdate {
  reports: SheetReport[];
  /** True when `reports` covers every sheet of the workbook (sheets not in it are gone). */
  complete: boolean;
}

export interface ChangeWatcherOptions extends PayloadOptions {
  onUpdate: (update: ReportUpdate) => void;
  /** Failures while re-reading; the pane shows them, Office would swallow them. */
  onError: (error: Error) => void;
  /** How long to wait for more events before re-reading (typing, fill and paste come in bursts). */
  delayMs?: number;
  timeoutMs?: number;
}

const unique = (addresses: string[]) => [...new Set(addresses)];

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** What a burst of events asks to re-read on one sheet: some ranges, or all of it. */
type Wanted = string[] | "all";

/**
 * Re-validates a sheet after its cells change. When only figures changed on a sheet read before,
 * only the changed ranges are read and fed to the sheet's cached validator; anything else (codes,
 * metadata, inserted or deleted rows, a sheet not read yet) re-reads the whole sheet. `details`
 * is missing for multi-cell edits and some edits raise no event at all, so the pane also
 * validates in full on open and before submitting. One workbook-level handler serves every
 * sheet, including sheets added later.
 */
export class ChangeWatcher {
  private readonly pending = new Map<string, Wanted>();
  private readonly cache = new ValidatorCache();
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
    await removeHandler(handler);
  }

  /** Returns the pending re-read, so Office (and tests) can tell when the handler has finished. */
  private onChanged(args: Excel.WorksheetChangedEventArgs): Promise<void> {
    if (args.triggerSource === Excel.EventTriggerSource.thisLocalAddin) return Promise.resolve();
    const wanted = this.pending.get(args.worksheetId) ?? [];
    const edited = args.changeType === Excel.DataChangeType.rangeEdited;
    this.pending.set(
      args.worksheetId,
      wanted === "all" || !edited ? "all" : [...wanted, args.address]
    );
    return this.schedule();
  }

  private schedule(): Promise<void> {
    if (!this.scheduled) {
      this.scheduled = this.running
        .then(() => wait(this.options.delayMs ?? 150))
        .then(() => {
          this.scheduled = undefined;
          const wanted = new Map(this.pending);
          this.pending.clear();
          this.running = this.reread(wanted);
          return this.running;
        });
    }
    return this.scheduled;
  }

  /**
   * One sync for all sheets changed in the burst, unless what changed is too large for one request
   * (more than about 80,000 cells under the default limit): then a few more. Never rejects (errors
   * go to onError).
   */
  private async reread(wanted: Map<string, Wanted>): Promise<void> {
    try {
      const reports = await runExcel(async (context, sync) => {
        const worksheets = context.workbook.worksheets;
        const fullReads: QueuedRead[] = [];
        const reads = [...wanted].map(([id, ranges]) => {
          const worksheet = worksheets.getItem(id);
          if (ranges === "all" || !this.cache.canPatch(id, ranges)) {
            const read = queueSheetRead(worksheet, this.options);
            fullReads.push(read);
            return async () => this.cache.fullReport(id, read.worksheet.name, gridOf(read));
          }
          return this.queuePatch(id, worksheet, ranges, sync);
        });
        await sync();
        await completeReads(fullReads, sync, this.options);
        const done: SheetReport[] = [];
        for (const report of reads) done.push(await report());
        return done;
      }, this.options);
      this.options.onUpdate({ reports, complete: false });
    } catch (error) {
      await this.rereadAll(error);
    }
  }

  /**
   * Queues reads of the edited ranges only, the first request's worth with the shared sync; the
   * returned function reads any further requests and patches the cached validator.
   */
  private queuePatch(sheetId: string, worksheet: Excel.Worksheet, ranges: string[], sync: Sync) {
    worksheet.load("name");
    const [first, ...rest] = requestsFor(
      unique(ranges),
      cellBudget(this.options.payloadLimitBytes)
    );
    const queue = (addresses: string[]) =>
      addresses.map((address) => ({ address, range: worksheet.getRange(address).load("values") }));
    const edits = queue(first);
    return async () => {
      for (const addresses of rest) {
        const more = queue(addresses);
        await sync();
        edits.push(...more);
      }
      return this.cache.patch(
        sheetId,
        worksheet.name,
        edits.map((e) => ({ address: e.address, values: e.range.values }))
      );
    };
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
