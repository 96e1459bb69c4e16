import { isLanguage, Language, resolveLanguage } from "../i18n/languages";
import { paramsIn } from "../i18n/label-refs";
import { pseudoText } from "../i18n/pseudo";
import { bs } from "./bs";
import { cnr } from "./cnr";
import { derivedCatalogue } from "./derived";
import { en } from "./en";
import { mk } from "./mk";
import { sq } from "./sq";
import { srCyrl } from "./sr-Cyrl";
import { srLatn } from "./sr-Latn";

/**
 * Message ids and their parameters. Each language module supplies one function per id; the
 * English one is the reference every other language is checked against (test/core/i18n-messages
 * fails when a language lacks an id or uses other parameters). A language still missing an id
 * shows the English sentence rather than nothing.
 */
export type MessageId = keyof typeof en;
export type MessageCatalogue = Record<MessageId, (p: Record<string, string | number>) => string>;

export const MESSAGE_CATALOGUES: Record<Language, Partial<MessageCatalogue>> = {
  en,
  sq,
  "sr-Latn": srLatn,
  "sr-Cyrl": srCyrl,
  mk,
  bs,
  cnr,
  qps: derivedCatalogue(en, pseudoText),
};

/**
 * `language` is one of ours, or any tag Office or a shell gives ("sr-Latn-RS", "mk-MK"). Labels
 * the rules pass as references (see i18n/label-refs) are put in the language first, so the
 * whole sentence is in it.
 */
export function render(
  id: MessageId,
  params: Record<string, string | number>,
  language = "en"
): string {
  const ours = isLanguage(language) ? language : resolveLanguage(language);
  const wording = MESSAGE_CATALOGUES[ours][id] ?? en[id];
  return wording(paramsIn(params, ours));
}
