import { intlLocale, Language } from "./languages";

/** Code lists whose codes are countries and territories (Eurostat's geo codes). */
export const COUNTRY_LISTS: ReadonlySet<string> = new Set(["geo", "citizen", "partner-dublin"]);

/** Eurostat codes that name an ISO 3166 country under another code. */
const ISO_CODE: Record<string, string> = { EL: "GR", UK: "GB" };

const displayNames = new Map<Language, Intl.DisplayNames>();

function namesFor(language: Language): Intl.DisplayNames {
  let names = displayNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([intlLocale(language), "en"], {
      type: "region",
      fallback: "none",
    });
    displayNames.set(language, names);
  }
  return names;
}

/**
 * The platform's name of a country or territory in the language, or undefined where the code is
 * not an ISO region (EU27_2020, STLS, ...) or the platform has no name for it. XK is asked for
 * too, but callers put our own entry first: ICU's plain "Kosovo" lacks the designation required.
 */
export function regionName(code: string, language: Language): string | undefined {
  const iso = ISO_CODE[code] ?? code;
  if (!/^[A-Z]{2}$/.test(iso)) return undefined;
  try {
    return namesFor(language).of(iso);
  } catch {
    return undefined;
  }
}
