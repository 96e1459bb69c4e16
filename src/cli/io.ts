/** Where a command writes, and what it reads from its environment; tests pass their own. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  env: Record<string, string | undefined>;
}

export function processIo(): Io {
  return {
    out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
    env: process.env,
  };
}

/** Exit codes of every command. */
export const EXIT = {
  ok: 0,
  /** The data have errors, or were refused, or not all of it could be placed. */
  findings: 1,
  /** The command could not do its work: bad arguments, unreadable file, unreachable server. */
  unusable: 2,
  /** A bug in midex. */
  internal: 70,
} as const;

/** What every command's action receives: the streams, and a way to hand back its exit code. */
export interface CliContext {
  io: Io;
  finish(work: Promise<number>): Promise<void>;
}
