import { dimensionLabelIn } from "../i18n/labels";
import { Language } from "../i18n/languages";
import { PluralForms, pluralForm } from "../i18n/plural";
import { unmarkedText } from "../i18n/kept-spans";

/** Parameters of a message, as the rules fill them in. */
export type P = Record<string, string | number>;

/** "{n} {word}" with the word in the language's plural form for n. */
export function counted(language: Language, n: string | number, forms: PluralForms): string {
  return `${n} ${pluralForm(language, Number(unmarkedText(String(n))), forms)}`;
}

/**
 * A word the rules pass in English (a frequency, a stamp's place or field), in the language
 * where the table knows it; anything else is shown as it came.
 */
export function wordIn(table: Record<string, string>, value: string | number): string {
  const text = String(value);
  return table[unmarkedText(text)] ?? text;
}

/** A dimension's label as the rules pass it (English), in the language of the sheet. */
export function dimensionIn(language: Language, label: string | number): string {
  const text = unmarkedText(String(label));
  const translated = dimensionLabelIn(language, text);
  return translated === text ? String(label) : translated;
}
