import type { Language } from "../core/i18n/languages";
import { packageTitleIn, templateTitleIn } from "../core/i18n/labels";
import { deadline, normalisePeriod } from "../core/periods";
import type {
  CataloguePackage,
  CatalogueSummary,
  CatalogueTemplate,
} from "../core/templates/catalogue-summary";
import type { Frequency } from "../core/templates/schema";
import { Text, textIn } from "./i18n/pane-text";

/** What the catalogue offers: one template, or a reporting package loaded as one action. */
export type CatalogueChoice = { kind: "template"; id: string } | { kind: "package"; id: string };

export interface CatalogueEntry {
  choice: CatalogueChoice;
  /** Stable key for the UI, e.g. "template:ASYAPPCTZM". */
  key: string;
  name: string;
  title: string;
  frequency: Frequency;
  /** The transmission deadline for the chosen period; undefined until a period is known. */
  deadline?: string;
  /** How many tables a package holds. */
  tables?: number;
}

export interface CatalogueGroup {
  heading: string;
  entries: CatalogueEntry[];
}

/** The words of the catalogue in the pane's language; English when none is given. */
export interface CatalogueWords {
  t: Text;
  title: (template: CatalogueTemplate) => string;
  packageTitle: (pkg: CataloguePackage) => string;
}

const ENGLISH: CatalogueWords = {
  t: textIn("en"),
  title: (template) => template.title,
  packageTitle: (pkg) => packageTitleIn("en", pkg.id, pkg.title),
};

export function catalogueWords(t: Text, language: Language): CatalogueWords {
  return {
    t,
    title: (template) => templateTitleIn(language, template.id, template.title),
    packageTitle: (pkg) => packageTitleIn(language, pkg.id, pkg.title),
  };
}

/**
 * The period in `frequency` that `text` falls in: a month gives its quarter and year, a quarter
 * its year. One typed period thus dates every table; a year cannot give a month.
 */
export function periodFor(text: string, frequency: Frequency): string | undefined {
  const exact = normalisePeriod(text, frequency);
  if (exact) return exact;
  const month = normalisePeriod(text, "M");
  const quarter = normalisePeriod(text, "Q");
  if (month && frequency === "Q") {
    return `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`;
  }
  if ((month || quarter) && frequency === "A") return (month ?? quarter)!.slice(0, 4);
  return undefined;
}

export function articleLabel(
  { article, paragraph }: CatalogueTemplate,
  { t }: CatalogueWords = ENGLISH
): string {
  if (article === 0) return t("catalogue.otherTables");
  // Only Article 4 is split by paragraph in the pane; the others fit one group each.
  return article === 4 && paragraph !== undefined
    ? t("catalogue.articleParagraph", { article, paragraph })
    : t("catalogue.article", { article });
}

function articleRank({ article, paragraph }: CatalogueTemplate): number {
  return (article === 0 ? 99 : article) * 100 + (article === 4 ? (paragraph ?? 0) : 0);
}

function templateEntry(
  template: CatalogueTemplate,
  periodText: string,
  words: CatalogueWords
): CatalogueEntry {
  const period = periodFor(periodText, template.frequency);
  return {
    choice: { kind: "template", id: template.id },
    key: `template:${template.id}`,
    name: template.id,
    title: `${words.title(template)} (${template.dataset})`,
    frequency: template.frequency,
    deadline: period ? deadline(period, template.frequency, template.deadlineMonths) : undefined,
  };
}

function packageEntry(
  pkg: CataloguePackage,
  tables: CatalogueTemplate[],
  periodText: string,
  words: CatalogueWords
): CatalogueEntry {
  const period = periodFor(periodText, pkg.frequency);
  const deadlines = period
    ? tables.map((t) => deadline(period, t.frequency, t.deadlineMonths))
    : [];
  return {
    choice: { kind: "package", id: pkg.id },
    key: `package:${pkg.id}`,
    name: words.packageTitle(pkg),
    title: pkg.templates.join(", "),
    frequency: pkg.frequency,
    // The earliest table sets the pace.
    deadline: deadlines.length > 0 ? [...deadlines].sort()[0] : undefined,
    tables: pkg.templates.length,
  };
}

function matches(query: string, ...texts: string[]): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const haystack = texts.join(" ").toLowerCase();
  return words.every((word) => haystack.includes(word));
}

/**
 * The catalogue as the pane lists it: reporting packages first, then templates grouped by the
 * article of the Regulation that asks for them; `query` keeps entries whose id, title, dataset
 * (or, for a package, one of its tables) contains every word typed.
 */
export function catalogueGroups(
  { templates, packages }: Pick<CatalogueSummary, "templates" | "packages">,
  query: string,
  periodText: string,
  words: CatalogueWords = ENGLISH
): CatalogueGroup[] {
  const groups: CatalogueGroup[] = [];
  const byId = new Map(templates.map((t) => [t.id, t]));
  const tablesOf = (p: CataloguePackage) => p.templates.flatMap((id) => byId.get(id) ?? []);
  const shownPackages = packages.filter((p) =>
    matches(
      query,
      p.id,
      p.title,
      words.packageTitle(p),
      ...tablesOf(p).flatMap((t) => [t.id, t.title, words.title(t), t.dataset])
    )
  );
  if (shownPackages.length > 0) {
    groups.push({
      heading: words.t("catalogue.packages"),
      entries: shownPackages.map((p) => packageEntry(p, tablesOf(p), periodText, words)),
    });
  }
  const byArticle = new Map<string, { rank: number; templates: CatalogueTemplate[] }>();
  for (const template of templates) {
    if (!matches(query, template.id, template.title, words.title(template), template.dataset)) {
      continue;
    }
    const label = articleLabel(template, words);
    const group = byArticle.get(label) ?? { rank: articleRank(template), templates: [] };
    group.templates.push(template);
    byArticle.set(label, group);
  }
  [...byArticle]
    .sort((a, b) => a[1].rank - b[1].rank)
    .forEach(([heading, group]) =>
      groups.push({
        heading,
        entries: group.templates.map((t) => templateEntry(t, periodText, words)),
      })
    );
  return groups;
}
