import { startServer } from "../../../src/server/start";

export type Exchange = Awaited<ReturnType<typeof startServer>>;

/** The real exchange on 127.0.0.1 (a free port), answering the pane's origin, quiet in the log. */
export function startExchangeFor(paneOrigin: string, dbFile: string): Promise<Exchange> {
  return startServer({
    port: 0,
    host: "127.0.0.1",
    dbFile,
    corsOrigin: paneOrigin,
    logLevel: "silent",
  });
}
