import { AddressInfo } from "node:net";
import { AppOptions, buildApp, LogLevel } from "./app";
import { RateLimitOptions } from "./rate-limit";
import { ExchangeStore } from "./store/exchange-store";
import { DatabaseChoice, openStore } from "./store/open-store";

export interface ServerOptions extends DatabaseChoice {
  /** 0 picks a free port. */
  port: number;
  host?: string;
  corsOrigin?: string;
  logLevel?: LogLevel;
  rateLimit?: RateLimitOptions;
  submissionsInFlight?: AppOptions["submissionsInFlight"];
  checks?: AppOptions["checks"];
}

export interface RunningServer {
  /** Base address, e.g. http://127.0.0.1:8787; the API is under /api/v1. */
  url: string;
  close(): Promise<void>;
}

/**
 * Opens the database (PostgreSQL when `databaseUrl` or DATABASE_URL is set, the SQLite file
 * otherwise), runs its migrations and starts listening (on loopback by default).
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  // Until the app exists there is no log; a connection lost so early fails the next query anyway.
  let reportConnectionError: (error: Error) => void = () => undefined;
  const store: ExchangeStore = await openStore(options, {
    onConnectionError: (error) => reportConnectionError(error),
  });
  let app;
  try {
    app = await buildApp({
      store,
      corsOrigin: options.corsOrigin,
      logLevel: options.logLevel,
      rateLimit: options.rateLimit,
      submissionsInFlight: options.submissionsInFlight,
      checks: options.checks,
    });
    const log = app.log;
    reportConnectionError = (error) => log.error({ err: error }, "database connection lost");
    await app.listen({ port: options.port, host: options.host ?? "127.0.0.1" });
  } catch (error) {
    await app?.close();
    await store.close();
    throw error;
  }
  const { address, family, port } = app.server.address() as AddressInfo;
  const host = family === "IPv6" ? `[${address}]` : address;
  const running = app;
  return {
    url: `http://${host}:${port}`,
    close: async () => {
      await running.close();
      await store.close();
    },
  };
}
