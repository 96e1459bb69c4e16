import { codeLists } from "../codelists/registry";
import { allTemplates } from "./catalogue";
import { allPackages, articleOf } from "./packages";
import type { Frequency } from "./schema";

/** What the catalogue shows of one template: enough to list, search, date and choose it. */
export interface CatalogueTemplate {
  id: string;
  title: string;
  dataset: string;
  frequency: Frequency;
  deadlineMonths: number;
  /** Where the table sits in the Regulation; article 0 for tables outside its articles. */
  article: number;
  paragraph?: number;
}

export interface CataloguePackage {
  id: string;
  title: string;
  frequency: Frequency;
  /** Its templates' ids, in the package's order. */
  templates: string[];
}

/**
 * The catalogue without the templates' layouts and rules: what the task pane's first screen
 * needs (a few kilobytes, where the whole templates and code lists are tens). The pane builds it
 * at build time (see webpack.config.js) and fetches the rest while the user chooses.
 */
export interface CatalogueSummary {
  templates: CatalogueTemplate[];
  packages: CataloguePackage[];
  /** The reporting countries (the geo code list), WB-MIDEX participants first. */
  countries: { code: string; label: string }[];
}

export function catalogueSummary(): CatalogueSummary {
  const templates = allTemplates().map((t): CatalogueTemplate => {
    const { article, paragraph } = articleOf(t);
    return {
      id: t.id,
      title: t.title,
      dataset: t.dataset,
      frequency: t.frequency,
      deadlineMonths: t.deadline.monthsAfterPeriodEnd,
      article,
      ...(paragraph === undefined ? {} : { paragraph }),
    };
  });
  const packages = allPackages().map((p) => ({
    id: p.id,
    title: p.title,
    frequency: p.frequency,
    templates: p.templates.map((t) => t.id),
  }));
  const countries = codeLists.get("geo").codes.map(({ code, label }) => ({ code, label }));
  return { templates, packages, countries };
}
