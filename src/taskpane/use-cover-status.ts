import { useEffect, useRef } from "react";
import type { SheetReport, WorkbookPort } from "../excel";
import { coverChanges, withStatuses } from "./cover-status";
import { useText } from "./i18n/LanguageContext";

/**
 * Keeps each cover's status column in step with the validated sheets. A cover is written only
 * when a status differs from what it shows, one write at a time; the written statuses are merged
 * locally because the adapter's write raises no change event. Statuses are written in the pane's
 * language; switching it rewrites them.
 */
export function useCoverStatus(
  workbook: WorkbookPort,
  reports: SheetReport[],
  merge: (list: SheetReport[], complete: boolean) => void,
  fail: (error: unknown) => void
): void {
  const writing = useRef(false);
  const t = useText();

  useEffect(() => {
    if (writing.current) return;
    for (const report of reports) {
      if (report.kind !== "cover") continue;
      const changes = coverChanges(report.cover, reports, t);
      if (changes.length === 0) continue;
      writing.current = true;
      workbook
        .writeCoverStatus(report.sheetId, changes)
        .then(() => merge([withStatuses(report, changes)], false))
        .catch(fail)
        .finally(() => {
          writing.current = false;
        });
      return;
    }
  }, [workbook, reports, merge, fail, t]);
}
