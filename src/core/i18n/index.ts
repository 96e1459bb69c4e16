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
export { codeLabelIn } from "./code-labels";
export {
  dimensionLabelIn,
  loadLabels,
  packageTitleIn,
  phraseIn,
  sheetCaptionIn,
  templateTitleIn,
  translatedCodeLabel,
} from "./labels";
export { labelParam, labelRef, labelText, paramsIn, refName } from "./label-refs";
export type { LabelPiece } from "./label-refs";
export { regionName } from "./region-names";
export { pseudoText } from "./pseudo";
export { toCyrillic } from "./serbian-script";
