import { CommanderError } from "commander";
import { UserError } from "../core";
import { Language, languageFromEnvironment } from "../core/i18n";
import { renderError } from "../core/messages/errors/catalogue";
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
 * The language the failed command was run in. The error may come before or outside any command's
 * action, so the global --lang is read from the command line itself, then LANG as usual.
 */
export function errorLanguage(argv: string[], env: Io["env"]): Language {
  let flag: string | undefined;
  argv.forEach((arg, i) => {
    if (arg === "--lang") flag = argv[i + 1];
    else if (arg.startsWith("--lang=")) flag = arg.slice("--lang=".length);
  });
  return languageFromEnvironment(flag, env);
}

/** The error's sentence in `language`; errors without a catalogue entry keep their English. */
export function userMessage(error: UserError, language: Language): string {
  const { text } = error;
  if (!text || language === "en") return error.message;
  const sentence = renderError(text.id, text.params, language);
  if (!text.file) return sentence;
  return `${text.file}: ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`;
}

/**
 * Turns whatever ended a command into its exit code. A user's mistake is one plain line on stderr,
 * in the command's language; anything else is a bug and keeps its stack so it can be reported.
 */
export function exitCodeFor(error: unknown, io: Io, language: Language = "en"): number {
  if (error instanceof CommanderError) {
    return error.exitCode === 0 ? EXIT.ok : EXIT.unusable;
  }
  if (error instanceof UserError) {
    if (error.message) io.err(`midex: ${userMessage(error, language)}`);
    return error instanceof CommandFailure ? error.exitCode : EXIT.unusable;
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.err(`midex: internal error, please report it with the command you ran.\n${detail}`);
  return EXIT.internal;
}
