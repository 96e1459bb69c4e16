import { LABEL_DATA, LabelData } from "./label-store";
import { Language } from "./languages";
import { pseudoText } from "./pseudo";
import { COUNTRY_LISTS, regionName } from "./region-names";
import { toCyrillic } from "./serbian-script";

export { LABEL_DATA } from "./label-store";
export type { LabelData } from "./label-store";
// Registers the label files (all at once in Node; on demand in the pane, see webpack.config.js).
export { loadLabels } from "./shipped-labels";

/** Serbian Cyrillic labels are the Latin ones, transliterated. */
function translate(language: Language, pick: (data: LabelData) => string | undefined) {
  if (language === "sr-Cyrl") {
    const serbian = LABEL_DATA["sr-Latn"];
    const latin = serbian ? pick(serbian) : undefined;
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

/** A phrase of the templates or rules, or a code list's title (often a dimension's label). */
export function phraseIn(language: Language, english: string): string {
  return inLanguage(
    language,
    english,
    translate(language, (d) => d.phrases?.[english] ?? d.dimensions[english])
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
 * A code's label in the language, given its English label (Eurostat's, which English keeps).
 * Countries come from the platform's names (Intl.DisplayNames), with our entries only for codes
 * that are not ISO regions or need Eurostat's designation (XK); other code lists come from our
 * translations. See code-labels.ts for the lookup of the English label.
 */
export function translatedCodeLabel(
  language: Language,
  listId: string,
  code: string,
  english: string
): string {
  if (language === "en") return english;
  if (language === "qps") return pseudoText(english);
  if (COUNTRY_LISTS.has(listId)) {
    const own = translate(language, (d) => d.territories[code]);
    return own ?? regionName(code, language) ?? english;
  }
  return translate(language, (d) => d.codes[listId]?.[code]) ?? english;
}
