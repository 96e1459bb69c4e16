import { useCallback, useEffect, useRef, useState } from "react";
import type { Finding } from "../core/findings";
import { formatNumber } from "../core/i18n/plural";
import type { SheetReport, WorkbookPort } from "../excel";
import { useLanguage, useText } from "./i18n/LanguageContext";

/** What the hook reads of the submission state: a sheet's history check, once it has run. */
export interface HistoryChecks {
  historyWarnings: (sheet: string) => Finding[];
  historySource: (sheet: string) => unknown;
}

/**
 * Keeps the plausibility marks in Excel (cell notes, or a mild conditional format on an older
 * Excel) in step with the warnings the pane found against each sheet's history. A sheet is
 * marked only once its history has been checked, and written only when what its marks would say
 * changed, so an edit that changes no warning costs no write. `forget` asks for a sheet's marks to
 * be written again, e.g. after adding a row, which rewrites the sheet's conditional formats.
 */
export function usePlausibilityMarks(
  workbook: WorkbookPort,
  reports: SheetReport[],
  checks: HistoryChecks,
  fail: (error: unknown) => void
): { forget: (sheetId: string) => void } {
  const t = useText();
  const language = useLanguage();
  const written = useRef(new Map<string, string>());
  // Bumped by `forget`, so that the marks are written again even when nothing else re-renders.
  const [round, setRound] = useState(0);

  const noteText = useCallback(
    (warning: Finding) => {
      const band = warning.history;
      if (!band) return t("marks.noteNoRange");
      const [low, high] = [band.low, band.high].map((v) => formatNumber(language, v));
      return t("marks.note", { low, high });
    },
    [t, language]
  );

  useEffect(() => {
    for (const report of reports) {
      if (report.kind !== "template" || checks.historySource(report.sheet) === undefined) continue;
      const warnings = checks.historyWarnings(report.sheet).filter((w) => w.address);
      const marks = JSON.stringify(warnings.map((w) => [w.address, noteText(w)]));
      if (written.current.get(report.sheetId) === marks) continue;
      written.current.set(report.sheetId, marks);
      // A failed write is shown, not retried at every render: the next change of warnings retries.
      workbook.markPlausibility(report.sheetId, warnings, noteText).catch(fail);
    }
  }, [workbook, reports, checks, noteText, fail, round]);

  const forget = useCallback((sheetId: string) => {
    written.current.delete(sheetId);
    setRound((n) => n + 1);
  }, []);
  return { forget };
}
