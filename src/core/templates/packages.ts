import { deadline } from "../periods";
import { allTemplates } from "./catalogue";
import { Frequency, Template } from "./schema";

/** Where a template's table sits in the Regulation: Article 4(1) → { article: 4, paragraph: 1 }. */
export function articleOf(template: Template): { article: number; paragraph?: number } {
  const match = /Article (\d+)(?:\((\d+)\))?/.exec(template.legalBasis);
  if (!match) return { article: 0 };
  return { article: Number(match[1]), paragraph: match[2] ? Number(match[2]) : undefined };
}

const DOMAINS: Record<number, { id: string; title: string }> = {
  3: { id: "population", title: "migration flows, population and citizenship (Art. 3)" },
  4: { id: "asylum", title: "international protection (Art. 4)" },
  5: { id: "enforcement", title: "prevention of illegal entry and stay (Art. 5)" },
  6: { id: "permits", title: "residence permits (Art. 6)" },
  7: { id: "returns", title: "returns (Art. 7)" },
};
const DUBLIN = { id: "dublin", title: "Dublin procedure (Art. 4(4))" };
const FREQUENCY_WORD: Record<Frequency, string> = { M: "monthly", Q: "quarterly", A: "annual" };

function domainOf(template: Template): { id: string; title: string } {
  const { article, paragraph } = articleOf(template);
  if (article === 4 && paragraph === 4) return DUBLIN;
  return DOMAINS[article] ?? { id: "other", title: "other tables" };
}

/** The set of templates an authority sends together: one frequency, one part of the Regulation. */
export interface ReportingPackage {
  id: string;
  title: string;
  frequency: Frequency;
  templates: Template[];
}

export function allPackages(): ReportingPackage[] {
  const packages = new Map<string, ReportingPackage>();
  for (const template of allTemplates()) {
    const domain = domainOf(template);
    const word = FREQUENCY_WORD[template.frequency];
    const id = `${word}-${domain.id}`;
    const existing = packages.get(id);
    if (existing) existing.templates.push(template);
    else
      packages.set(id, {
        id,
        title: `${word} ${domain.title}`,
        frequency: template.frequency,
        templates: [template],
      });
  }
  return [...packages.values()];
}

export function findPackage(id: string): ReportingPackage | undefined {
  return allPackages().find((p) => p.id === id.toLowerCase());
}

/** Each table of a package with its transmission deadline for one reference period. */
export function packageSchedule(pkg: ReportingPackage, period: string) {
  return pkg.templates.map((template) => ({
    template,
    deadline: deadline(period, template.frequency, template.deadline.monthsAfterPeriodEnd),
  }));
}
