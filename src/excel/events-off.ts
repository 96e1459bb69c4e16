import { Sync } from "./run";

/**
 * Runs `work` with events switched off and switches them on again in the final sync, which also
 * sends whatever `work` queued last. The pane's change watcher then never re-reads the add-in's
 * own writes, and ExcelApi 1.9 (no `triggerSource`) behaves like later versions.
 */
export async function withEventsOff<T>(
  context: Excel.RequestContext,
  sync: Sync,
  work: () => Promise<T> | T
): Promise<T> {
  context.runtime.enableEvents = false;
  try {
    const result = await work();
    context.runtime.enableEvents = true;
    await sync();
    return result;
  } catch (error) {
    // A failed request drops the commands after the failure, including switching events back
    // on; the original failure is the one the user needs to hear about.
    context.runtime.enableEvents = true;
    await sync().catch(() => undefined);
    throw error;
  }
}
