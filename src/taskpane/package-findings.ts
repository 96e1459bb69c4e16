import { Finding, validatePackage } from "../core";
import type { SheetReport } from "../excel";

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
