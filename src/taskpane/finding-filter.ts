import type { Finding, Severity } from "../core";

/** What the user asked the findings list to show; `undefined` means every one. */
export interface FindingFilter {
  severity?: Severity;
  ruleId?: string;
}

export function matchesFilter(finding: Finding, filter: FindingFilter): boolean {
  return (
    (filter.severity === undefined || finding.severity === filter.severity) &&
    (filter.ruleId === undefined || finding.ruleId === filter.ruleId)
  );
}

/** The rules that found something, with how many findings each, most frequent first. */
export function ruleCounts(findings: Finding[]): { ruleId: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  return [...counts]
    .map(([ruleId, count]) => ({ ruleId, count }))
    .sort((a, b) => b.count - a.count || a.ruleId.localeCompare(b.ruleId));
}

/**
 * A filter still meaningful for the current findings: a rule that no longer finds anything is
 * dropped, so fixing its last finding does not leave the user looking at an empty list.
 */
export function currentFilter(filter: FindingFilter, findings: Finding[]): FindingFilter {
  if (filter.ruleId === undefined || findings.some((f) => f.ruleId === filter.ruleId)) {
    return filter;
  }
  return { severity: filter.severity };
}

/** The findings about one cell of one sheet: what the pane shows when the user selects it. */
export function findingsAt(findings: Finding[], address: string | undefined): Finding[] {
  return address === undefined ? [] : findings.filter((f) => f.address === address);
}
