import { isLanguage, Language, resolveLanguage } from "../../core/i18n/languages";

const KEY = "midex.language";

/**
 * The language the pane opens in: the one the user last picked on this computer, else Office's
 * display language. Storage may be unavailable (private mode, strict settings): then the pane
 * simply follows Office each time.
 */
export function initialLanguage(officeLanguage: string | undefined): Language {
  try {
    const stored = globalThis.localStorage?.getItem(KEY);
    if (stored && isLanguage(stored)) return stored;
  } catch {
    // Unreadable storage: fall through to Office's language.
  }
  return resolveLanguage(officeLanguage);
}

export function storeLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(KEY, language);
  } catch {
    // Unwritable storage: the choice holds for this session only.
  }
}
