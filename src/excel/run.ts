import { ExcelProblem, toExcelProblem } from "./errors";

/** Long enough for a large sheet on a slow connection, short enough that nobody waits forever. */
export const DEFAULT_SYNC_TIMEOUT_MS = 30_000;

export type Sync = () => Promise<void>;

export interface RunOptions {
  timeoutMs?: number;
}

/** Excel on the web can leave a sync pending forever (office-js #6150, #6678), so it gets a deadline. */
function syncWithin(context: Excel.RequestContext, timeoutMs: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const seconds = Math.round(timeoutMs / 1000);
      reject(
        new ExcelProblem(
          `Excel did not answer within ${seconds} seconds. If you are typing in a cell, ` +
            "press Enter; then try again.",
          "Timeout"
        )
      );
    }, timeoutMs);
  });
  return Promise.race([context.sync().then(() => undefined), deadline]).finally(() =>
    clearTimeout(timer)
  );
}

/**
 * Runs one batch against the workbook. The batch gets a `sync` with a deadline; whatever fails is
 * turned into a plain message. Batches wait while the user is typing in a cell instead of failing.
 */
export async function runExcel<T>(
  batch: (context: Excel.RequestContext, sync: Sync) => Promise<T>,
  options: RunOptions = {}
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_SYNC_TIMEOUT_MS;
  try {
    return await Excel.run({ delayForCellEdit: true }, (context) =>
      batch(context, () => syncWithin(context, timeoutMs))
    );
  } catch (error) {
    throw toExcelProblem(error);
  }
}
