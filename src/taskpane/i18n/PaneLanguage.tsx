import { ReactNode, useCallback, useEffect, useState } from "react";
import type { Language } from "../../core/i18n/languages";
import { LanguageProvider } from "./LanguageContext";
import { loadLanguage } from "./load-language";
import { initialLanguage, storeLanguage } from "./stored-language";

interface PaneLanguageProps {
  /** Office's display language, e.g. "sr-Latn-RS": the default until the user picks one. */
  officeLanguage: string | undefined;
  children: (language: Language) => ReactNode;
}

/** Holds the pane's language: chosen once from storage or Office, then by the picker. */
export function PaneLanguage({ officeLanguage, children }: PaneLanguageProps) {
  const [language, setLanguage] = useState(() => initialLanguage(officeLanguage));
  const choose = useCallback((next: Language) => {
    storeLanguage(next);
    // The pane switches once the language's words are here, so it never shows half of each.
    void loadLanguage(next).then(
      () => setLanguage(next),
      () => setLanguage(next)
    );
  }, []);

  useEffect(() => {
    // Screen readers and the browser's hyphenation follow the page's language.
    document.documentElement.lang = language === "qps" ? "en" : language;
  }, [language]);

  return (
    <LanguageProvider language={language} onLanguage={choose}>
      {children(language)}
    </LanguageProvider>
  );
}
