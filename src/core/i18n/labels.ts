import bs from "../../../templates/i18n/bs.json";
import cnr from "../../../templates/i18n/cnr.json";
import mk from "../../../templates/i18n/mk.json";
import sq from "../../../templates/i18n/sq.json";
import srLatn from "../../../templates/i18n/sr-Latn.json";
import { codeLists } from "../codelists/registry";
import { Language } from "./languages";
import { pseudoText } from "./pseudo";
import { COUNTRY_LISTS, regionName } from "./region-names";
import { toCyrillic } from "./serbian-script";

/**
 * The words a generated sheet shows, per language: template titles, dimension labels (keyed by
 * their English label), the sheet's own captions, and the codes' labels by code list. They are
 * our own translations, kept as data in templates/i18n; codes are never translated.
 */
export interface LabelData {
  language: string;
  note: string;
  sheet: Record<string, string>;
  dimensions: Record<string, string>;
  templates: Record<string, string>;
  /** Reporting packages' titles, by package id. */
  packages: Record<string, string>;
  codes: Record<string, Record<string, string>>;
  territories: Record<string, string>;
}

export const LABEL_DATA: Partial<Record<Language, LabelData>> = {
  sq,
  "sr-Latn": srLatn,
  mk,
  bs,
  cnr,
};

/** Serbian Cyrillic labels are the Latin ones, transliterated. */
function translate(language: Language, pick: (data: LabelData) => string | undefined) {
  if (language === "sr-Cyrl") {
    const latin = pick(LABEL_DATA["sr-Latn"]!);
    return latin === undefined ? undefined : toCyrillic(latin);
  }
  const data = LABEL_DATA[language];
  return data ? pick(data) : undefined;
}

/** English text in the language: the translation where we have one, else the English. */
function inLanguage(language: Language, english: string, translated: string | undefined) {
  if (language === "qps") return pseudoText(english);
  return translated ?? english;
}

export function templateTitleIn(language: Language, id: string, english: string): string {
  return inLanguage(
    language,
    english,
    translate(language, (d) => d.templates[id])
  );
}

/** A reporting package's title; English titles start in lower case, so it is capitalised. */
export function packageTitleIn(language: Language, id: string, english: string): string {
  const capitalised = english.charAt(0).toUpperCase() + english.slice(1);
  return inLanguage(
    language,
    capitalised,
    translate(language, (d) => d.packages[id])
  );
}

export function dimensionLabelIn(language: Language, english: string): string {
  return inLanguage(
    language,
    english,
    translate(language, (d) => d.dimensions[english])
  );
}

/** One of the sheet's own captions ("Template", "Version", "Reference period"). */
export function sheetCaptionIn(language: Language, english: string): string {
  return inLanguage(
    language,
    english,
    translate(language, (d) => d.sheet[english])
  );
}

/**
 * A code's label in the language. English keeps Eurostat's own labels. Countries come from the
 * platform's names (Intl.DisplayNames), with our entries only for codes that are not ISO regions
 * or need Eurostat's designation (XK); other code lists come from our translations.
 */
export function codeLabelIn(language: Language, listId: string, code: string): string | undefined {
  const english = codeLists.label(listId, code);
  if (english === undefined || language === "en") return english;
  if (language === "qps") return pseudoText(english);
  if (COUNTRY_LISTS.has(listId)) {
    const own = translate(language, (d) => d.territories[code]);
    return own ?? regionName(code, language) ?? english;
  }
  return translate(language, (d) => d.codes[listId]?.[code]) ?? english;
}
