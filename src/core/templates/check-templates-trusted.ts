import type { Template } from "./schema";

/**
 * The task pane's stand-in for check-templates.ts (swapped in by webpack.config.js): the pane
 * only ever loads the templates shipped inside its own bundle, and webpack refuses to build the
 * bundle unless they pass the full check (scripts/check-shipped-data.js). Parsing them again on
 * every pane start would cost a third of a second before the first render.
 */
export function loadTemplates(raw: unknown[]): Map<string, Template> {
  return new Map((raw as Template[]).map((template) => [template.id, template]));
}
