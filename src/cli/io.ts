/** Where a command writes, and what it reads from its environment; tests pass their own. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  env: Record<string, string | undefined>;
}

/**
 * Writes to a process stream until its reader goes away: `midex validate x.xlsx | head -1` closes
 * the pipe early, which is the reader's choice, not an error, so the rest is dropped quietly and
 * the command still ends with its own exit code.
 */
function streamWriter(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED") closed = true;
    else throw error;
  });
  return (text) => {
    if (!closed) stream.write(text.endsWith("\n") ? text : `${text}\n`);
  };
}

export function processIo(): Io {
  return {
    out: streamWriter(process.stdout),
    err: streamWriter(process.stderr),
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
