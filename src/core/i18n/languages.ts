/**
 * The languages a user can read WB-MIDEX in. "qps" is a pseudo-locale made from English at run
 * time (longer words, accents) so the browser tests catch text that would be clipped.
 */
export const LANGUAGES = ["en", "sq", "sr-Latn", "sr-Cyrl", "mk", "bs", "cnr"] as const;
export type Language = (typeof LANGUAGES)[number] | "qps";

export const PSEUDO: Language = "qps";

/** Each language named in itself, for the pane's picker and `midex --help`. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: "English",
  sq: "Shqip",
  "sr-Latn": "Srpski (latinica)",
  "sr-Cyrl": "Српски (ћирилица)",
  mk: "Македонски",
  bs: "Bosanski",
  cnr: "Crnogorski",
  qps: "Pseudo (test)",
};

export function isLanguage(value: string): value is Language {
  return value === PSEUDO || (LANGUAGES as readonly string[]).includes(value);
}

/**
 * One of our languages for a BCP 47 tag as Office gives it ("sr-Latn-RS", "mk-MK", "bs-Latn-BA",
 * "cnr-ME") or a POSIX locale as a shell gives it ("sr_RS.UTF-8@latin"). Serbian without a script
 * is Cyrillic, as in Serbia's own default, except in Montenegro, where Latin is usual and the tag
 * more likely means Montenegrin; anything we do not speak falls back to English.
 */
export function resolveLanguage(tag: string | undefined): Language {
  if (!tag) return "en";
  const [base, modifier] = tag.split("@");
  const parts = base
    .split(".")[0]
    .split(/[-_]/)
    .map((p) => p.toLowerCase());
  const [lang, ...rest] = parts;
  const script = rest.find((p) => p.length === 4);
  const region = rest.find((p) => p.length === 2);
  const latin = script === "latn" || modifier?.toLowerCase() === "latin";
  const cyrillic = script === "cyrl" || modifier?.toLowerCase() === "cyrillic";

  switch (lang) {
    case "sq":
    case "mk":
    case "en":
      return lang;
    case "bs":
      return "bs";
    case "cnr":
      return "cnr";
    case "sr":
      if (region === "me" && !cyrillic) return "cnr";
      return latin ? "sr-Latn" : "sr-Cyrl";
    case "sh":
    case "hr":
      // Serbo-Croatian and Croatian readers understand the Latin ijekavian text best.
      return "bs";
    case "qps":
      return "qps";
    default:
      return "en";
  }
}

/** The language of a command-line run: `--lang`, else the shell's LC_ALL, LC_MESSAGES or LANG. */
export function languageFromEnvironment(
  flag: string | undefined,
  env: Record<string, string | undefined>
): Language {
  if (flag) return resolveLanguage(flag);
  const posix = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  // "C" and "POSIX" name no language, only the absence of one.
  if (!posix || posix === "C" || posix === "POSIX" || posix.startsWith("C.")) return "en";
  return resolveLanguage(posix);
}

/**
 * The tag Intl should use. ICU has no data of its own for Montenegrin: it maps "cnr" to "sr-ME"
 * in Node 20 and may not know it at all in other builds, so we ask for Serbian Latin as written
 * in Montenegro, which gives the ijekavian forms (Njemačka, Sjeverna Makedonija).
 */
export function intlLocale(language: Language): string {
  if (language === "cnr") return "sr-Latn-ME";
  if (language === "qps") return "en";
  return language;
}
