import { createContext, ReactNode, useContext, useMemo } from "react";
import type { Language } from "../../core/i18n/languages";
import { Text, textIn } from "./pane-text";

interface LanguageState {
  language: Language;
  setLanguage: (language: Language) => void;
  t: Text;
}

const LanguageContext = createContext<LanguageState>({
  language: "en",
  setLanguage: () => undefined,
  t: textIn("en"),
});

interface LanguageProviderProps {
  language: Language;
  onLanguage: (language: Language) => void;
  children?: ReactNode;
}

/** Gives every component below it the pane's current language and its `t` function. */
export function LanguageProvider({ language, onLanguage, children }: LanguageProviderProps) {
  const value = useMemo(
    () => ({ language, setLanguage: onLanguage, t: textIn(language) }),
    [language, onLanguage]
  );
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

/** `t(key, params)`: the pane's sentence in the current language (see strings/en.ts). */
export function useText(): Text {
  return useContext(LanguageContext).t;
}

/** The current language, for the core's findings (`render(id, params, language)`) and Intl. */
export function useLanguage(): Language {
  return useContext(LanguageContext).language;
}

export function useSetLanguage(): (language: Language) => void {
  return useContext(LanguageContext).setLanguage;
}
