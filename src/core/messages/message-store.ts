import type { Language } from "../i18n/languages";
import { pseudoText } from "../i18n/pseudo";
import { derivedCatalogue } from "./derived";
import { en } from "./en";
import { fetchMessages, SHIPPED_MESSAGES } from "./shipped-messages";

/**
 * Message ids and their parameters. Each language module supplies one function per id; the
 * English one is the reference every other language is checked against (test/core/i18n-messages
 * fails when a language lacks an id or uses other parameters). A language still missing an id
 * shows the English sentence rather than nothing.
 */
export type MessageId = keyof typeof en;
export type MessageCatalogue = Record<MessageId, (p: Record<string, string | number>) => string>;

/**
 * Every language's wording. In Node all are here from the start; in the task pane a translation
 * is empty (so English shows) until loadMessages() has fetched it.
 */
export const MESSAGE_CATALOGUES: Record<Language, Partial<MessageCatalogue>> = {
  en,
  sq: {},
  "sr-Latn": {},
  "sr-Cyrl": {},
  mk: {},
  bs: {},
  cnr: {},
  qps: derivedCatalogue(en, pseudoText),
  ...SHIPPED_MESSAGES,
};

/** Makes `language`'s wording of the findings available to render(); fetched once. */
export async function loadMessages(language: Language): Promise<void> {
  if (Object.keys(MESSAGE_CATALOGUES[language]).length > 0) return;
  const fetched = await fetchMessages(language);
  if (fetched) MESSAGE_CATALOGUES[language] = fetched;
}
