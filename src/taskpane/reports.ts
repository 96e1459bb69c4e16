import type { ReportUpdate, SheetReport } from "../excel";
import { Finding, FindingSummary, summarise } from "../core/findings";

/** Template sheets the pane knows about, by worksheet id (stable when a sheet is renamed). */
export type ReportMap = ReadonlyMap<string, SheetReport>;

export function applyUpdate(current: ReportMap, update: ReportUpdate): ReportMap {
  const next = new Map(update.complete ? [] : current);
  for (const report of update.reports) {
    if (report.kind === "other") next.delete(report.sheetId);
    else next.set(report.sheetId, report);
  }
  return next;
}

export function findingsOf(report: SheetReport | undefined): Finding[] {
  return report?.kind === "template" ? report.findings : [];
}

/** Sheets that hold (or should hold) a template: what the findings and the summary cover. */
export function templateReports(reports: SheetReport[]): SheetReport[] {
  return reports.filter((r) => r.kind === "template" || r.kind === "unreadable");
}

/** An unreadable template sheet counts as an error: it cannot be submitted as it is. */
export function summaryOf(reports: SheetReport[]): FindingSummary {
  return reports.reduce(
    (total, report) => {
      const own =
        report.kind === "unreadable" ? { errors: 1, warnings: 0 } : summarise(findingsOf(report));
      return { errors: total.errors + own.errors, warnings: total.warnings + own.warnings };
    },
    { errors: 0, warnings: 0 }
  );
}
