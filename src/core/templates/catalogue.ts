import { userError } from "../errors";
import { loadTemplates } from "./check-templates";
import type { Template } from "./schema";
import { shippedTemplates } from "./shipped";

export { loadTemplates };

/** Every template shipped with the product, checked as it loads (see check-templates.ts). */
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
    throw userError("unknownTemplate", { id, known });
  }
  return template;
}
