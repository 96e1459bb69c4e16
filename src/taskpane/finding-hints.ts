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
  // A known earlier version is read with its own layout and offered a migration in the pane;
  // this finding means the version is unknown here, so the sheet was read with today's layout.
  return (
    `This add-in does not know template version ${found}, so the sheet was read with the ` +
    `layout of version ${current}. Check that the figures sit under the right headings, or ` +
    "load a new sheet and copy them across."
  );
}
