import { Command, Option } from "commander";
import { LogLevel } from "../../server/app";
import { startServer } from "../../server/start";
import { portOption } from "../arguments";
import { Language } from "../../core/i18n";
import { say } from "../command-text";
import { commandLanguage } from "../language";
import { CliContext, EXIT, Io } from "../io";
import { userError } from "../../core/errors";

export interface ServeOptions {
  port: number;
  host: string;
  db: string;
  corsOrigin?: string;
  logLevel: LogLevel;
}

const LOG_LEVELS: LogLevel[] = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

/**
 * Resolves with the first SIGINT or SIGTERM. Later ones are taken too, and change nothing: the
 * database is being closed. Ctrl+C under `npm start` sends both (the terminal's SIGINT to every
 * process, then the starter's SIGTERM), and a signal without a handler would end the process
 * before SQLite had closed its journal. A stuck close is ended by SIGKILL (npm start sends it
 * after five seconds).
 */
function untilStopped(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    process.on("SIGINT", resolve);
    process.on("SIGTERM", resolve);
  });
}

async function start(options: ServeOptions) {
  try {
    return await startServer({
      port: options.port,
      host: options.host,
      dbFile: options.db,
      corsOrigin: options.corsOrigin,
      logLevel: options.logLevel,
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE") {
      throw userError("portInUse", { port: options.port });
    }
    if (code === "EADDRNOTAVAIL") {
      throw userError("notHostAddress", { host: options.host });
    }
    throw error;
  }
}

/** Runs the exchange endpoint until SIGINT or SIGTERM, then closes it and its database. */
/** The lines for the person who started the exchange; its JSON log stays in English. */
export async function runServe(
  options: ServeOptions,
  io: Io,
  language: Language = "en"
): Promise<number> {
  const server = await start(options);
  const stopped = untilStopped();
  io.out(say(language, "listening", { url: server.url, db: options.db }));
  const signal = await stopped;
  await server.close();
  io.err(say(language, "stopped", { signal }));
  return EXIT.ok;
}

export function addServeCommand(program: Command, context: CliContext) {
  program
    .command("serve")
    .description("run the WB-MIDEX exchange endpoint (HTTP API under /api/v1) until interrupted")
    .option("--port <port>", "TCP port to listen on; 0 picks a free one", portOption, 8787)
    .option(
      "--host <address>",
      "address to listen on; keep 127.0.0.1 behind a TLS reverse proxy",
      "127.0.0.1"
    )
    .option(
      "--db <file>",
      "SQLite database of submissions and tokens (created if missing)",
      "./midex.db"
    )
    .option(
      "--cors-origin <url>",
      "the add-in's origin, the only one browsers may call the API from (default https://localhost:3000)"
    )
    .addOption(
      new Option("--log-level <level>", "how much to log, one JSON line per event")
        .choices(LOG_LEVELS)
        .default("info")
    )
    .addHelpText(
      "after",
      "\nWith DATABASE_URL=postgres://user:password@host/db in the environment the exchange uses\n" +
        "that PostgreSQL database instead of the SQLite file, so several instances can share it.\n" +
        "Each instance is stateless; migrations run at start."
    )
    .action((options: ServeOptions, command: Command) =>
      context.finish(runServe(options, context.io, commandLanguage(command, context.io)))
    );
}
