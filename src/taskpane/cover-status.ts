import { summarise } from "../core";
import type { CoverData, SheetReport, StatusChange } from "../excel";
import { NOT_STARTED } from "../excel";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** A table's status on the cover, from the report of its sheet (undefined: no such sheet). */
export function statusOf(report: SheetReport | undefined): string {
  if (!report) return "Sheet missing";
  if (report.kind === "unreadable") return "Cannot be read";
  if (report.kind !== "template") return "Not a template sheet";
  const { errors } = summarise(report.findings);
  if (errors > 0) return plural(errors, "error");
  const started = report.data.values.some((row) => row.some((v) => v !== null && v !== ""));
  return started ? "Ready" : NOT_STARTED;
}

/** The cover's statuses that differ from what the sheets now say; empty when nothing changed. */
export function coverChanges(cover: CoverData, reports: SheetReport[]): StatusChange[] {
  return cover.entries.flatMap((entry) => {
    const status = statusOf(reports.find((r) => r.sheet === entry.sheet));
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
