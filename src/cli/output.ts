import { Finding, FindingSummary, MessageId, render, summarise } from "../core";
import { Language } from "../core/i18n";
import { MESSAGE_CATALOGUES } from "../core/messages/catalogue";
import { cliText, findingCounts } from "./cli-text";
import { Io } from "./io";

/**
 * A finding as the CLI reports it: the core's findings plus those about an SDMX-CSV file's own
 * lines and observations, which point at a line instead of a cell; an observation without a cell
 * has no message in the core's catalogue.
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
function where(finding: ReportedFinding, language: Language): string {
  if (finding.sheet && finding.address) return `${finding.sheet}!${finding.address}`;
  if (finding.line !== undefined) return `${cliText(language).line} ${finding.line}`;
  if (finding.key) {
    return Object.entries(finding.key)
      .map(([dimension, code]) => `${dimension}=${code}`)
      .join(",");
  }
  return finding.address ?? "-";
}

export function counts(summary: FindingSummary, language: Language = "en"): string {
  return findingCounts(language, summary.errors, summary.warnings);
}

export function summaryLine(file: string, summary: FindingSummary, language: Language = "en") {
  return `${file}: ${counts(summary, language)}`;
}

/**
 * The finding's sentence in the language. A finding with no entry in the core's catalogue (an
 * SDMX-CSV observation without a cell) keeps the English sentence it came with.
 */
export function messageIn(finding: ReportedFinding, language: Language): string {
  if (language === "en" || !(finding.messageId in MESSAGE_CATALOGUES.en)) return finding.message;
  return render(finding.messageId as MessageId, finding.params, language);
}

/** One line per finding, errors before warnings, each in the order the rules found them. */
export function findingLines(findings: ReportedFinding[], language: Language = "en"): string[] {
  const ordered = [
    ...findings.filter((f) => f.severity === "error"),
    ...findings.filter((f) => f.severity !== "error"),
  ];
  const width = Math.max(0, ...ordered.map((f) => where(f, language).length));
  const { severity } = cliText(language);
  const labelWidth = Math.max(severity.error.length, severity.warning.length);
  return ordered.map(
    (f) =>
      `${severity[f.severity].padEnd(labelWidth)}  ${where(f, language).padEnd(width)}  ` +
      `${f.ruleId}  ${messageIn(f, language)}`
  );
}

/** Findings for people in their language; `--json` stays English, for programs. */
export function printReport(
  io: Io,
  result: FindingsReport,
  json: boolean,
  language: Language = "en"
): void {
  if (json) {
    io.out(JSON.stringify(result, null, 2));
    return;
  }
  for (const line of findingLines(result.findings, language)) io.out(line);
  io.out(summaryLine(result.file, result.summary, language));
}
