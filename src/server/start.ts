import { AddressInfo } from "node:net";
import { buildApp, LogLevel } from "./app";
import { openSqliteStore } from "./store/sqlite-store";

export interface ServerOptions {
  /** 0 picks a free port. */
  port: number;
  host?: string;
  dbFile: string;
  corsOrigin?: string;
  logLevel?: LogLevel;
}

export interface RunningServer {
  /** Base address, e.g. http://127.0.0.1:8787; the API is under /api/v1. */
  url: string;
  close(): Promise<void>;
}

/** Opens the database, runs its migrations and starts listening (on loopback by default). */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const store = openSqliteStore(options.dbFile);
  const app = await buildApp({
    store,
    corsOrigin: options.corsOrigin,
    logLevel: options.logLevel,
  });
  try {
    await app.listen({ port: options.port, host: options.host ?? "127.0.0.1" });
  } catch (error) {
    await store.close();
    throw error;
  }
  const { address, family, port } = app.server.address() as AddressInfo;
  const host = family === "IPv6" ? `[${address}]` : address;
  return {
    url: `http://${host}:${port}`,
    close: async () => {
      await app.close();
      await store.close();
    },
  };
}
