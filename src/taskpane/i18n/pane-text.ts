import { Language, pluralForm, pseudoText, toCyrillic } from "../../core/i18n";
import { markParams, unmarkedText } from "../../core/i18n/kept-spans";
import { bs } from "./strings/bs";
import { cnr } from "./strings/cnr";
import { en, PaneEntry, PaneKey, PaneStrings } from "./strings/en";
import { mk } from "./strings/mk";
import { sq } from "./strings/sq";
import { srLatn } from "./strings/sr-Latn";

export type { PaneKey } from "./strings/en";
export type TextParams = Record<string, string | number>;
/** What `useText()` returns: the pane's sentence for a key, with its values filled in. */
export type Text = (key: PaneKey, params?: TextParams) => string;

/** Each language's strings, and how its text is made from another's (Cyrillic, pseudo). */
const SOURCES: Record<Language, { strings: PaneStrings; change?: (text: string) => string }> = {
  en: { strings: en },
  sq: { strings: sq },
  "sr-Latn": { strings: srLatn },
  "sr-Cyrl": { strings: srLatn, change: toCyrillic },
  mk: { strings: mk },
  bs: { strings: bs },
  cnr: { strings: cnr },
  qps: { strings: en, change: pseudoText },
};

export const PANE_STRINGS: Record<string, PaneStrings> = { en, sq, "sr-Latn": srLatn, mk, bs, cnr };

function pick(language: Language, entry: PaneEntry, params: TextParams): string {
  if (typeof entry === "string") return entry;
  return pluralForm(language, Number(params.count ?? 0), { ...entry, other: entry.other });
}

function fill(template: string, params: TextParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole
  );
}

/** The sentence for `key` in `language`; a key a language lacks shows the English one. */
export function paneText(language: Language, key: PaneKey, params: TextParams = {}): string {
  const { strings, change } = SOURCES[language];
  const entry = strings[key] ?? en[key];
  const template = pick(language, entry, params);
  if (!change) return fill(template, params);
  // The values are the user's (a sheet's name, a code): only the words around them change.
  return unmarkedText(change(fill(template, markParams(params))));
}

/** A `Text` function bound to one language. */
export function textIn(language: Language): Text {
  return (key, params) => paneText(language, key, params);
}
