import { CommanderError } from "commander";
import { UserError } from "../core";
import { EXIT, Io } from "./io";

/** A user's mistake that ends a command with a code other than 2, e.g. a refused submission. */
export class CommandFailure extends UserError {
  constructor(
    message: string,
    readonly exitCode: number
  ) {
    super(message);
  }
}

/**
 * Turns whatever ended a command into its exit code. A user's mistake is one plain line on stderr;
 * anything else is a bug and keeps its stack so it can be reported.
 */
export function exitCodeFor(error: unknown, io: Io): number {
  if (error instanceof CommanderError) {
    return error.exitCode === 0 ? EXIT.ok : EXIT.unusable;
  }
  if (error instanceof UserError) {
    if (error.message) io.err(`midex: ${error.message}`);
    return error instanceof CommandFailure ? error.exitCode : EXIT.unusable;
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.err(`midex: internal error, please report it with the command you ran.\n${detail}`);
  return EXIT.internal;
}
