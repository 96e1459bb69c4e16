/**
 * The real pane (App in its language provider) over the real Excel adapter and the fake Excel,
 * with one plausibility warning added to every template sheet's report at F14, history included:
 * what the pane will show once the exchange supplies a cell's earlier figures.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import type { Finding } from "../../../src/core";
import { createExcelWorkbook, whenOfficeReady } from "../../../src/excel";
import type { SheetReport, WorkbookPort } from "../../../src/excel";
import { App } from "../../../src/taskpane/App";
import { startEngine } from "../../../src/taskpane/engine";
import { PaneLanguage } from "../../../src/taskpane/i18n/PaneLanguage";

export const WARNED_CELL = "F14";

const warning: Finding = {
  ruleId: "plausibility",
  severity: "warning",
  messageId: "plausibility.high",
  params: {
    context: "Afghanistan, males",
    actual: 4800,
    low: 1100,
    high: 1450,
    count: 3,
    first: "2025-06",
    last: "2025-08",
  },
  message: "far above the usual range",
  address: WARNED_CELL,
  actual: 4800,
  history: {
    points: [
      { period: "2025-06", value: 1200 },
      { period: "2025-07", value: 1340 },
      { period: "2025-08", value: 1280 },
    ],
    low: 1100,
    high: 1450,
  },
};

function warned(report: SheetReport): SheetReport {
  return report.kind === "template"
    ? { ...report, findings: [...report.findings, warning] }
    : report;
}

function warnedPort(port: WorkbookPort): WorkbookPort {
  return {
    ...port,
    loadTemplate: async (choice) => warned(await port.loadTemplate(choice)),
    loadPackage: async (choice) => (await port.loadPackage(choice)).map(warned),
    readSheet: async (sheetId) => warned(await port.readSheet(sheetId)),
    readAll: async () => (await port.readAll()).map(warned),
    watch: (listener) =>
      port.watch({
        ...listener,
        onUpdate: (update) => listener.onUpdate({ ...update, reports: update.reports.map(warned) }),
      }),
  };
}

void whenOfficeReady().then(() => {
  const engine = Promise.resolve({
    ...startEngine(),
    workbook: warnedPort(createExcelWorkbook()),
    submit: () => Promise.reject(new Error("not in this test")),
  });
  createRoot(document.getElementById("root")!).render(
    <FluentProvider theme={webLightTheme}>
      <PaneLanguage officeLanguage="en-US">
        {(language) => <App engine={engine} language={language} />}
      </PaneLanguage>
    </FluentProvider>
  );
});
