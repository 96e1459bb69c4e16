import { webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { displayLanguage, officeTheme, whenOfficeReady } from "../excel/office-host";
import { App } from "./App";
import { loadLanguage } from "./i18n/load-language";
import { PaneLanguage } from "./i18n/PaneLanguage";
import { initialLanguage } from "./i18n/stored-language";
import { loadEngine } from "./load-engine";
import { fluentTheme, PaneTheme } from "./PaneTheme";

// Office.js must be ready before the first call into Excel. The engine (templates, rules, the
// Excel adapter) is fetched from the start, alongside Office, and started once per page load. The
// pane's language is fetched before the first render (nothing for English) so the first screen is
// already in the user's language.
const officeReady = whenOfficeReady();
const engine = loadEngine(officeReady);
void officeReady.then(async () => {
  const container = document.getElementById("root");
  if (!container) return;
  const officeLanguage = displayLanguage();
  const [theme] = await Promise.all([
    // Without the dark theme's chunk the pane is light rather than not shown at all.
    fluentTheme(officeTheme()).catch(() => webLightTheme),
    loadLanguage(initialLanguage(officeLanguage)).catch(() => undefined),
  ]);
  createRoot(container).render(
    <PaneTheme initial={theme}>
      <PaneLanguage officeLanguage={officeLanguage}>
        {(language) => <App engine={engine} language={language} />}
      </PaneLanguage>
    </PaneTheme>
  );
});
