import { codeLists } from "../codelists/registry";
import { UserError } from "../errors";
import { Template, TemplateSchema } from "./schema";
import { shippedTemplates } from "./shipped";

/**
 * Every template shipped with the product, checked against the schema and against the shipped
 * code lists when the module loads, so a tampered or inconsistent template fails loudly at once.
 */
export function loadTemplates(raw: unknown[]): Map<string, Template> {
  const templates = new Map<string, Template>();
  for (const item of raw) {
    const parsed = TemplateSchema.safeParse(item);
    if (!parsed.success) {
      const where = (item as { id?: string })?.id ?? "(no id)";
      const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
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

const catalogue = loadTemplates(shippedTemplates);

export function allTemplates(): Template[] {
  return [...catalogue.values()];
}

export function findTemplate(id: string): Template | undefined {
  return catalogue.get(id.toUpperCase());
}

export function getTemplate(id: string): Template {
  const template = findTemplate(id);
  if (!template) {
    const known = [...catalogue.keys()].join(", ");
    throw new UserError(`There is no template "${id}". Known templates: ${known}.`);
  }
  return template;
}
