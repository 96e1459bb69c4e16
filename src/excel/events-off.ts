import { hostCapabilities } from "./capabilities";
import { Sync } from "./run";

/**
 * Runs `work`, so that the pane's change watcher does not re-read the add-in's own writes, and
 * sends what `work` queued last. Where Excel marks events with their trigger source (ExcelApi
 * 1.14) the watcher skips the add-in's events itself and events stay on, so a user's edit made
 * meanwhile still raises its event. Older versions switch events off during the writes and on
 * again in the final sync.
 */
export async function withEventsOff<T>(
  context: Excel.RequestContext,
  sync: Sync,
  work: () => Promise<T> | T
): Promise<T> {
  if (hostCapabilities().triggerSource) {
    const result = await work();
    await sync();
    return result;
  }
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
