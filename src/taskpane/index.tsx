import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { submitToExchange } from "../client/exchange-client";
import { createExcelWorkbook, displayLanguage, officeTheme, whenOfficeReady } from "../excel";
import { App } from "./App";
import { PaneLanguage } from "./i18n/PaneLanguage";

// Office.js must be ready before the first call into Excel; the adapter is created once per page
// load, so its event handlers are registered once.
void whenOfficeReady().then(() => {
  const container = document.getElementById("root");
  if (!container) return;
  const theme = officeTheme() === "dark" ? webDarkTheme : webLightTheme;
  const workbook = createExcelWorkbook();
  createRoot(container).render(
    <FluentProvider theme={theme} style={{ minHeight: "100vh" }}>
      <PaneLanguage officeLanguage={displayLanguage()}>
        {(language) => <App workbook={workbook} submit={submitToExchange} language={language} />}
      </PaneLanguage>
    </FluentProvider>
  );
});
