import type { ReportUpdate, SheetReport } from "../excel";
import { Finding, FindingSummary, summarise, validatePackage } from "../core";

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

type TemplateReport = Extract<SheetReport, { kind: "template" }>;

/**
 * The rules between the sheets of a package (unaccompanied minors within all applicants, …)
 * added to the report of the sheet each finding names, so that they are listed, counted and
 * block Submit like the sheet's own. Only template sheets take part; with fewer than two there is
 * nothing to compare, and the reports are returned as they are.
 */
export function withPackageFindings(
  reports: SheetReport[],
  check: (sheets: TemplateReport[]) => Finding[] = (sheets) =>
    validatePackage(sheets.map((r) => r.data))
): SheetReport[] {
  const templates = reports.filter((r): r is TemplateReport => r.kind === "template");
  if (templates.length < 2) return reports;
  const found = check(templates);
  if (found.length === 0) return reports;
  const bySheet = new Map<string, Finding[]>();
  for (const f of found) {
    if (f.sheet === undefined) continue;
    bySheet.set(f.sheet, [...(bySheet.get(f.sheet) ?? []), f]);
  }
  return reports.map((report) => {
    const extra = report.kind === "template" ? bySheet.get(report.sheet) : undefined;
    return extra && report.kind === "template"
      ? { ...report, findings: [...report.findings, ...extra] }
      : report;
  });
}

/**
 * `withPackageFindings` that checks the package again only when a template sheet's report was
 * replaced (an edit, a load, a row), not when only a cover's status changed. Reports, not their
 * data, are compared: the adapter updates a sheet's data in place after an edit.
 */
export function packageChecker(): (reports: SheetReport[]) => SheetReport[] {
  let last: TemplateReport[] = [];
  let lastFindings: Finding[] = [];
  const check = (sheets: TemplateReport[]) => {
    const same = sheets.length === last.length && sheets.every((s, i) => s === last[i]);
    if (!same) {
      last = sheets;
      lastFindings = validatePackage(sheets.map((r) => r.data));
    }
    return lastFindings;
  };
  return (reports) => withPackageFindings(reports, check);
}
