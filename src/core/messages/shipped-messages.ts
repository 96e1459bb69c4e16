import type { Language } from "../i18n/languages";
import { bs } from "./bs";
import type { MessageCatalogue } from "./message-store";
import { cnr } from "./cnr";
import { mk } from "./mk";
import { sq } from "./sq";
import { srCyrl } from "./sr-Cyrl";
import { srLatn } from "./sr-Latn";

// Node (CLI, server, tests) holds every language's wording at once, so render() stays synchronous
// there. The task pane's build swaps this module for shipped-messages-lazy.ts.
export const SHIPPED_MESSAGES: Partial<Record<Language, Partial<MessageCatalogue>>> = {
  sq,
  "sr-Latn": srLatn,
  "sr-Cyrl": srCyrl,
  mk,
  bs,
  cnr,
};

/** `language`'s wording of the findings; here it is always at hand. */
export function fetchMessages(language: Language): Promise<Partial<MessageCatalogue> | undefined> {
  return Promise.resolve(SHIPPED_MESSAGES[language]);
}
