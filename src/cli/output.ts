import { Finding, FindingSummary, summarise } from "../core";
import { Io } from "./io";

/**
 * A finding as the CLI reports it: the core's findings plus those about an SDMX-CSV file's own
 * lines, which have no message in the core's catalogue and point at a line instead of a cell.
 */
export type ReportedFinding = Omit<Finding, "messageId"> & { messageId: string; line?: number };

export interface FindingsReport {
  file: string;
  findings: ReportedFinding[];
  summary: FindingSummary;
}

export function report(file: string, findings: ReportedFinding[]): FindingsReport {
  return { file, findings, summary: summarise(findings as Finding[]) };
}

/**
 * Where to look: a workbook cell, or for an SDMX-CSV file its line or, when the finding is about
 * the data as a whole sheet, the observation's key (the file has no cells).
 */
function where(finding: ReportedFinding): string {
  if (finding.sheet && finding.address) return `${finding.sheet}!${finding.address}`;
  if (finding.line !== undefined) return `line ${finding.line}`;
  if (finding.key) {
    return Object.entries(finding.key)
      .map(([dimension, code]) => `${dimension}=${code}`)
      .join(",");
  }
  return finding.address ?? "-";
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

export function counts(summary: FindingSummary): string {
  return `${plural(summary.errors, "error")}, ${plural(summary.warnings, "warning")}`;
}

export function summaryLine(file: string, summary: FindingSummary): string {
  return `${file}: ${counts(summary)}`;
}

/** One line per finding, errors before warnings, each in the order the rules found them. */
export function findingLines(findings: ReportedFinding[]): string[] {
  const ordered = [
    ...findings.filter((f) => f.severity === "error"),
    ...findings.filter((f) => f.severity !== "error"),
  ];
  const width = Math.max(0, ...ordered.map((f) => where(f).length));
  return ordered.map(
    (f) =>
      `${f.severity.toUpperCase().padEnd(7)}  ${where(f).padEnd(width)}  ${f.ruleId}  ${f.message}`
  );
}

export function printReport(io: Io, result: FindingsReport, json: boolean): void {
  if (json) {
    io.out(JSON.stringify(result, null, 2));
    return;
  }
  for (const line of findingLines(result.findings)) io.out(line);
  io.out(summaryLine(result.file, result.summary));
}
