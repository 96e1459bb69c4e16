import { FastifyInstance } from "fastify";
import { ExchangeStore } from "./store/exchange-store";

/**
 * No check runs this long (the client gives up after a minute and retries under the same
 * Idempotency-Key), so a submission received earlier than this and still unfinished belongs to a
 * request that died with its server.
 */
export const ABANDON_AFTER_MS = 10 * 60 * 1000;

const SWEEP_EVERY_MS = 5 * 60 * 1000;

/**
 * Ends received submissions whose request died with a server (a crash between arrival and
 * storage): when the server is ready and every few minutes after. Several servers sharing a
 * database may sweep at once; each record is removed, and audited, by one of them.
 */
export function abandonStaleReceived(app: FastifyInstance, store: ExchangeStore): void {
  const sweep = async () => {
    const now = Date.now();
    const before = new Date(now - ABANDON_AFTER_MS).toISOString();
    try {
      const count = await store.abandonReceived(before, new Date(now).toISOString());
      if (count > 0) {
        app.log.warn({ event: "submission.abandoned", count }, "unfinished submissions abandoned");
      }
    } catch (error) {
      app.log.error({ err: error }, "abandoning unfinished submissions failed");
    }
  };
  let timer: NodeJS.Timeout | undefined;
  app.addHook("onReady", async () => {
    await sweep();
    timer = setInterval(() => void sweep(), SWEEP_EVERY_MS);
    timer.unref();
  });
  app.addHook("onClose", async () => clearInterval(timer));
}
