import { intlLocale, Language } from "../core/i18n";

/** A moment (ISO 8601) as the pane's language writes a date and time, in local time. */
export function dateTime(language: Language, iso: string): string {
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(language), {
    dateStyle: "medium",
    timeStyle: "short",
  }).format(when);
}
