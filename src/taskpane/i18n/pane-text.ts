import type { Language } from "../../core/i18n/languages";
import { pluralForm } from "../../core/i18n/plural";
import { pseudoText } from "../../core/i18n/pseudo";
import { toCyrillic } from "../../core/i18n/serbian-script";
import { markParams, unmarkedText } from "../../core/i18n/kept-spans";
import { en, PaneEntry, PaneKey, PaneStrings } from "./strings/en";

export type { PaneKey } from "./strings/en";
export type TextParams = Record<string, string | number>;
/** What `useText()` returns: the pane's sentence for a key, with its values filled in. */
export type Text = (key: PaneKey, params?: TextParams) => string;

/** The language whose strings a language shows, and how its text is made from them. */
const SOURCES: Record<Language, { from: Language; change?: (text: string) => string }> = {
  en: { from: "en" },
  sq: { from: "sq" },
  "sr-Latn": { from: "sr-Latn" },
  "sr-Cyrl": { from: "sr-Latn", change: toCyrillic },
  mk: { from: "mk" },
  bs: { from: "bs" },
  cnr: { from: "cnr" },
  qps: { from: "en", change: pseudoText },
};

/** The strings loaded so far: English always, the others when the pane first shows them. */
export const PANE_STRINGS: Partial<Record<Language, PaneStrings>> = { en };

/**
 * Fetches `language`'s strings (a chunk of their own in the built pane) unless they are here.
 * Until they are, `paneText` shows English, so nothing waits on a slow network to be readable.
 */
export async function loadPaneStrings(language: Language): Promise<void> {
  const { from } = SOURCES[language];
  if (PANE_STRINGS[from]) return;
  PANE_STRINGS[from] = await importStrings(from);
}

function importStrings(language: Language): Promise<PaneStrings> {
  switch (language) {
    case "sq":
      return import(/* webpackChunkName: "pane-sq" */ "./strings/sq").then((m) => m.sq);
    case "sr-Latn":
      return import(/* webpackChunkName: "pane-sr-Latn" */ "./strings/sr-Latn").then(
        (m) => m.srLatn
      );
    case "mk":
      return import(/* webpackChunkName: "pane-mk" */ "./strings/mk").then((m) => m.mk);
    case "bs":
      return import(/* webpackChunkName: "pane-bs" */ "./strings/bs").then((m) => m.bs);
    case "cnr":
      return import(/* webpackChunkName: "pane-cnr" */ "./strings/cnr").then((m) => m.cnr);
    default:
      return Promise.resolve(en);
  }
}

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
  const { from, change } = SOURCES[language];
  const entry = PANE_STRINGS[from]?.[key] ?? en[key];
  const template = pick(language, entry, params);
  if (!change) return fill(template, params);
  // The values are the user's (a sheet's name, a code): only the words around them change.
  return unmarkedText(change(fill(template, markParams(params))));
}

/** A `Text` function bound to one language. */
export function textIn(language: Language): Text {
  return (key, params) => paneText(language, key, params);
}
