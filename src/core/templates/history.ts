import { findTemplate, loadTemplates } from "./catalogue";
import { Template } from "./schema";

/**
 * Earlier versions of the shipped templates, kept as data so a workbook made with one can still
 * be read cell by cell and migrated. Each is a file templates/history/<ID>@<version>.json,
 * imported into this list like the shipped templates are; no earlier version has been released
 * yet, so the list is empty.
 */
const shippedHistory: unknown[] = [];

const earlier = new Map<string, Template>();
let shippedLoaded = false;

function keyOf(id: string, version: string): string {
  return `${id.toUpperCase()}@${version}`;
}

/** Checked like a shipped template: the schema, and every code against the shipped code lists. */
export function registerTemplateVersion(raw: unknown): Template {
  const [template] = loadTemplates([raw]).values();
  const current = findTemplate(template.id);
  if (current?.version === template.version) {
    throw new Error(`Template ${template.id} ${template.version} is the current version`);
  }
  earlier.set(keyOf(template.id, template.version), template);
  return template;
}

function loadShippedHistory(): void {
  if (shippedLoaded) return;
  shippedLoaded = true;
  shippedHistory.forEach(registerTemplateVersion);
}

/**
 * A template at the version a sheet records: that earlier version when it is known, else the
 * current one (an unknown version is read with the current layout and reported by the rules).
 */
export function findTemplateVersion(id: string, version?: string): Template | undefined {
  loadShippedHistory();
  const current = findTemplate(id);
  if (!current || !version || version === current.version) return current;
  return earlier.get(keyOf(id, version)) ?? current;
}

/** Whether the sheet's template is an earlier version than the one shipped now. */
export function isEarlierVersion(template: Template): boolean {
  return findTemplate(template.id)?.version !== template.version;
}
