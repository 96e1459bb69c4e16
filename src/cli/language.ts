import { Command } from "commander";
import { Language, languageFromEnvironment } from "../core/i18n";
import { Io } from "./io";

/** The language of this run: the global `--lang`, else the shell's locale (LANG), else English. */
export function commandLanguage(command: Command, io: Io): Language {
  const { lang } = command.optsWithGlobals<{ lang?: string }>();
  return languageFromEnvironment(lang, io.env);
}
