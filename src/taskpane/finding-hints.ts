import { Finding } from "../core";

function olderVersion(found: string, current: string): boolean {
  const a = found.split(".").map(Number);
  const b = current.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) < (b[i] ?? 0);
  }
  return false;
}

/** A sentence the pane adds under a finding when there is a known way out. */
export function findingHint(finding: Finding): string | undefined {
  if (finding.messageId !== "meta.unknownTemplateVersion") return undefined;
  const found = String(finding.params.found ?? "");
  const current = String(finding.params.current ?? "");
  if (!/^\d+(\.\d+)*$/.test(found) || !olderVersion(found, current)) return undefined;
  return (
    "The figures can be moved to the current version with the command-line tool: " +
    "midex migrate <workbook>. Then open the new workbook."
  );
}
