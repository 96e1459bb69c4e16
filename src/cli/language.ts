import { Command, InvalidArgumentError } from "commander";
import { Language, languageFromEnvironment, LANGUAGES, resolveLanguage } from "../core/i18n";
import { excerpt } from "../core/messages/en";
import { Io } from "./io";

/** The language of this run: the global `--lang`, else the shell's locale (LANG), else English. */
export function commandLanguage(command: Command, io: Io): Language {
  const { lang } = command.optsWithGlobals<{ lang?: string }>();
  return languageFromEnvironment(lang, io.env);
}

/**
 * The one of our languages a tag names, regional forms included ("sr-Latn-RS", "mk_MK", "en-GB"),
 * or undefined. resolveLanguage answers English for a tag it does not know, so English itself
 * is told apart by its language subtag.
 */
function knownLanguage(tag: string): Language | undefined {
  const language = resolveLanguage(tag);
  if (language !== "en") return language;
  const subtag = tag.split(/[-_.@]/, 1)[0].toLowerCase();
  return subtag === "en" ? "en" : undefined;
}

/**
 * Checks `--lang` as commander reads it. Whoever typed --lang asked for that language, so one we
 * do not have is refused as any other mistyped option is, rather than answered in English;
 * a shell's LANG that we do not speak is the machine's setting and still falls back to English.
 */
export function langOption(value: string): string {
  if (knownLanguage(value)) return value;
  throw new InvalidArgumentError(
    `midex has no language "${excerpt(value)}". Use one of ${LANGUAGES.join(", ")} ` +
      "(regional tags such as sr-Latn-RS or mk-MK work too)."
  );
}
