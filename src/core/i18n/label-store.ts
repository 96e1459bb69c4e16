import type { Language } from "./languages";

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
  /**
   * The templates' and rules' phrases that findings name (totals such as "all ages", parts such
   * as "its age groups", the sides of an inequality) and code lists' titles, by their English.
   */
  phrases?: Record<string, string>;
}

/** The label files loaded so far: all of them in Node, the chosen language's in the pane. */
export const LABEL_DATA: Partial<Record<Language, LabelData>> = {};

export function addLabels(language: Language, data: LabelData): void {
  LABEL_DATA[language] = data;
}

/** The file a language's labels are kept in: Serbian Cyrillic is made from the Latin one. */
export function labelFileOf(language: Language): Language | undefined {
  if (language === "en" || language === "qps") return undefined;
  return language === "sr-Cyrl" ? "sr-Latn" : language;
}
