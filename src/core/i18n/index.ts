/** Languages, plural rules, names and labels in the user's language; see languages.ts. */
export {
  intlLocale,
  isLanguage,
  LANGUAGE_NAMES,
  languageFromEnvironment,
  LANGUAGES,
  PSEUDO,
  resolveLanguage,
} from "./languages";
export type { Language } from "./languages";
export { countOf, formatDate, formatNumber, pluralForm } from "./plural";
export type { PluralForms } from "./plural";
export {
  codeLabelIn,
  dimensionLabelIn,
  packageTitleIn,
  sheetCaptionIn,
  templateTitleIn,
} from "./labels";
export { regionName } from "./region-names";
export { pseudoText } from "./pseudo";
export { toCyrillic } from "./serbian-script";
