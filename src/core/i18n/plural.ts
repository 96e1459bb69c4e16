import { intlLocale, Language } from "./languages";

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<Language, Intl.PluralRules>();

function rulesFor(language: Language): Intl.PluralRules {
  let found = rules.get(language);
  if (!found) {
    found = new Intl.PluralRules(intlLocale(language));
    rules.set(language, found);
  }
  return found;
}

/**
 * The form of a counted word for `n` in the language's own plural rules: Serbian, Bosnian and
 * Montenegrin have three (1 greška, 2 greške, 5 grešaka), Albanian and Macedonian two.
 */
export function pluralForm(language: Language, n: number, forms: PluralForms): string {
  return forms[rulesFor(language).select(n)] ?? forms.other;
}

/** "3 errors": the number in the language's digits and grouping, then the right form. */
export function countOf(language: Language, n: number, forms: PluralForms): string {
  return `${formatNumber(language, n)} ${pluralForm(language, n, forms)}`;
}

export function formatNumber(language: Language, n: number): string {
  return new Intl.NumberFormat(intlLocale(language)).format(n);
}

/** A calendar date (YYYY-MM-DD) written the language's way, e.g. "30. jun 2026." */
export function formatDate(language: Language, isoDate: string): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  if (!y || !m || !d) return isoDate;
  return new Intl.DateTimeFormat(intlLocale(language), {
    dateStyle: "long",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(y, m - 1, d)));
}
