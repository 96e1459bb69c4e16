import { codeLists } from "../codelists/registry";
import { Template, TemplateSchema } from "./schema";

/**
 * Templates checked against the schema and against the shipped code lists, so a tampered or
 * inconsistent template fails loudly, naming the template and the field. Node runs this when the
 * catalogue loads; the task pane runs it once at build time instead (see check-templates-trusted.ts).
 */
export function loadTemplates(raw: unknown[]): Map<string, Template> {
  const templates = new Map<string, Template>();
  for (const item of raw) {
    const parsed = TemplateSchema.safeParse(item);
    if (!parsed.success) {
      const where = (item as { id?: string })?.id ?? "(no id)";
      const issues = parsed.error.issues.map(issueText);
      throw new Error(`Template ${where} is invalid: ${issues.join("; ")}`);
    }
    checkCodesExist(parsed.data);
    templates.set(parsed.data.id, parsed.data);
  }
  return templates;
}

function checkCodesExist(template: Template): void {
  for (const dimension of template.dimensions) {
    const list = codeLists.get(dimension.codeList);
    const codes = [...(dimension.codes ?? []), ...(dimension.value ? [dimension.value] : [])];
    for (const code of codes) {
      if (!list.codes.some((c) => c.code === code)) {
        throw new Error(
          `Template ${template.id}: ${dimension.id} code ${code} is not in ${list.id}`
        );
      }
    }
  }
}

/** "deadline.monthsAfterPeriodEnd: expected number"; checks on the whole have no field. */
function issueText(issue: { path: PropertyKey[]; message: string }): string {
  return issue.path.length > 0
    ? `${issue.path.map(String).join(".")}: ${issue.message}`
    : issue.message;
}
