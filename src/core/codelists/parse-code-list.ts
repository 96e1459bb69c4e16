import { CodeList, CodeListSchema } from "./schema";

/**
 * A code list checked against the schema, failing with the list and the field at fault. Node
 * runs this when the registry loads; the task pane runs it once at build time instead (see
 * parse-code-list-trusted.ts).
 */
export function parseCodeList(raw: unknown): CodeList {
  const parsed = CodeListSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const where = (raw as { id?: unknown })?.id ?? "(no id)";
  const issues = parsed.error.issues.map(issueText);
  throw new Error(`Code list ${String(where)} is invalid: ${issues.join("; ")}`);
}

/** "deadline.monthsAfterPeriodEnd: expected number"; checks on the whole have no field. */
function issueText(issue: { path: PropertyKey[]; message: string }): string {
  return issue.path.length > 0
    ? `${issue.path.map(String).join(".")}: ${issue.message}`
    : issue.message;
}
