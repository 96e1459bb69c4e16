import { Language, pseudoText, toCyrillic } from "../../i18n";
import { markParams, unmarkedText } from "../../i18n/kept-spans";
import { ErrorCatalogue, ErrorId, errorsEn, P } from "./en";
import { errorsMk } from "./mk";
import { errorsIjekavian, errorsSrLatn } from "./sr-Latn";
import { errorsSq } from "./sq";

/** Parameters each language words itself (a file error code, a frequency), so never kept. */
const WORDED = ["code", "frequency"];

/**
 * Every sentence of `source` changed by `change` (transliterated, pseudo-localised), leaving the
 * user's files and codes as they are while the worded parameters are looked up as given.
 */
function derived(source: ErrorCatalogue, change: (text: string) => string): ErrorCatalogue {
  const entries = Object.entries(source).map(([id, wording]) => [
    id,
    (p: P) => {
      const worded = Object.fromEntries(WORDED.filter((k) => k in p).map((k) => [k, p[k]]));
      return unmarkedText(change(wording({ ...markParams(p), ...worded })));
    },
  ]);
  return Object.fromEntries(entries) as ErrorCatalogue;
}

/**
 * The errors' sentences in every language. Kept out of UserError's own module so the task pane,
 * which shows its errors in English for now, does not carry them; the CLI imports this.
 */
export const ERROR_CATALOGUES: Record<Language, ErrorCatalogue> = {
  en: errorsEn,
  sq: errorsSq,
  "sr-Latn": errorsSrLatn,
  "sr-Cyrl": derived(errorsSrLatn, toCyrillic),
  mk: errorsMk,
  bs: errorsIjekavian,
  cnr: errorsIjekavian,
  qps: derived(errorsEn, pseudoText),
};

export function renderError(id: ErrorId, params: P, language: Language): string {
  return unmarkedText(ERROR_CATALOGUES[language][id](params));
}
