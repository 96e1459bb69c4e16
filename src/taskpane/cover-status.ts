import { summarise } from "../core";
import type { CoverData, SheetReport, StatusChange } from "../excel";
import { NOT_STARTED } from "../excel";
import { Text, textIn } from "./i18n/pane-text";

/**
 * A table's status on the cover, from the report of its sheet (undefined: no such sheet), in the
 * pane's language. "Not started" stays as the cover was written when the package was loaded.
 */
export function statusOf(report: SheetReport | undefined, t: Text = textIn("en")): string {
  if (!report) return t("cover.missing");
  if (report.kind === "unreadable") return t("cover.unreadable");
  if (report.kind !== "template") return t("cover.notTemplate");
  const { errors } = summarise(report.findings);
  if (errors > 0) return t("cover.errors", { count: errors });
  const started = report.data.values.some((row) => row.some((v) => v !== null && v !== ""));
  return started ? t("cover.ready") : NOT_STARTED;
}

/** The cover's statuses that differ from what the sheets now say; empty when nothing changed. */
export function coverChanges(
  cover: CoverData,
  reports: SheetReport[],
  t: Text = textIn("en")
): StatusChange[] {
  return cover.entries.flatMap((entry) => {
    const status = statusOf(
      reports.find((r) => r.sheet === entry.sheet),
      t
    );
    return status === entry.status ? [] : [{ row: entry.row, status }];
  });
}

/** The cover report as it reads once the changes are written. */
export function withStatuses(
  report: Extract<SheetReport, { kind: "cover" }>,
  changes: StatusChange[]
): SheetReport {
  const byRow = new Map(changes.map((c) => [c.row, c.status]));
  const entries = report.cover.entries.map((e) => ({ ...e, status: byRow.get(e.row) ?? e.status }));
  return { ...report, cover: { ...report.cover, entries } };
}
