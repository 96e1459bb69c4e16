import type { Language } from "../i18n/languages";
import type { MessageCatalogue } from "./message-store";

type Wording = Partial<MessageCatalogue>;

/**
 * The task pane's stand-in for shipped-messages.ts (webpack.config.js swaps them): each
 * language's wording of the findings is a separate chunk, fetched with the rest of the language
 * when the pane first uses it, so a pane in English downloads none of the translations.
 */
export const SHIPPED_MESSAGES: Partial<Record<Language, Wording>> = {};

const FETCHERS: Partial<Record<Language, () => Promise<Wording>>> = {
  sq: () => import(/* webpackChunkName: "messages-sq" */ "./sq").then((m) => m.sq),
  "sr-Latn": () =>
    import(/* webpackChunkName: "messages-sr-Latn" */ "./sr-Latn").then((m) => m.srLatn),
  "sr-Cyrl": () =>
    import(/* webpackChunkName: "messages-sr-Cyrl" */ "./sr-Cyrl").then((m) => m.srCyrl),
  mk: () => import(/* webpackChunkName: "messages-mk" */ "./mk").then((m) => m.mk),
  bs: () => import(/* webpackChunkName: "messages-bs" */ "./bs").then((m) => m.bs),
  cnr: () => import(/* webpackChunkName: "messages-cnr" */ "./cnr").then((m) => m.cnr),
};

/** Fetches `language`'s wording; undefined for English and the pseudo-language, always present. */
export function fetchMessages(language: Language): Promise<Wording | undefined> {
  return FETCHERS[language]?.() ?? Promise.resolve(undefined);
}
