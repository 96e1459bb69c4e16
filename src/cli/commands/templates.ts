import { Command } from "commander";
import {
  allPackages,
  articleOf,
  deadline,
  normalisePeriod,
  ReportingPackage,
  Template,
  UserError,
} from "../../core";
import { FREQUENCY_WORD } from "../arguments";
import { CliContext, EXIT, Io } from "../io";

export interface TemplatesOptions {
  json?: boolean;
  period?: string;
}

interface CatalogueEntry {
  id: string;
  title: string;
  legalBasis: string;
  article: ReturnType<typeof articleOf>;
  frequency: Template["frequency"];
  deadlineMonths: number;
  package: string;
  deadline?: string;
}

/** The transmission deadline for the period, when the period is one of the template's kind. */
function deadlineFor(template: Template, period?: string): string | undefined {
  const normal = period ? normalisePeriod(period, template.frequency) : undefined;
  if (!normal) return undefined;
  return deadline(normal, template.frequency, template.deadline.monthsAfterPeriodEnd);
}

function entryOf(template: Template, pkg: ReportingPackage, period?: string): CatalogueEntry {
  const due = deadlineFor(template, period);
  return {
    id: template.id,
    title: template.title,
    legalBasis: template.legalBasis,
    article: articleOf(template),
    frequency: template.frequency,
    deadlineMonths: template.deadline.monthsAfterPeriodEnd,
    package: pkg.id,
    ...(due ? { deadline: due } : {}),
  };
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

function printCatalogue(io: Io, packages: ReportingPackage[], entries: CatalogueEntry[]) {
  const width = Math.max(...entries.map((e) => e.id.length));
  for (const pkg of packages) {
    io.out(`${pkg.id}: ${pkg.title}`);
    for (const entry of entries.filter((e) => e.package === pkg.id)) {
      const rule = `due ${plural(entry.deadlineMonths, "month")} after the period`;
      const due = entry.deadline ? ` (${entry.deadline})` : "";
      const indent = " ".repeat(width + 4);
      io.out(`  ${entry.id.padEnd(width)}  ${entry.title}`);
      io.out(`${indent}${FREQUENCY_WORD[entry.frequency]}, ${rule}${due}`);
      io.out(`${indent}${entry.legalBasis}`);
    }
    io.out("");
  }
}

/** Lists the catalogue by package (one frequency, one part of the Regulation). */
export async function runTemplates(options: TemplatesOptions, io: Io): Promise<number> {
  const packages = allPackages();
  const entries = packages.flatMap((pkg) =>
    pkg.templates.map((t) => entryOf(t, pkg, options.period))
  );
  if (options.period && !entries.some((e) => e.deadline)) {
    throw new UserError(
      `"${options.period}" is not a reference period; write it like 2026-06, 2026-Q2 or 2026.`
    );
  }
  if (options.json) {
    const summary = packages.map((p) => ({
      id: p.id,
      title: p.title,
      frequency: p.frequency,
      templates: p.templates.map((t) => t.id),
    }));
    io.out(JSON.stringify({ templates: entries, packages: summary }, null, 2));
  } else {
    printCatalogue(io, packages, entries);
  }
  return EXIT.ok;
}

export function addTemplatesCommand(program: Command, context: CliContext) {
  program
    .command("templates")
    .description("list the template catalogue by reporting package, with legal basis and deadlines")
    .option("--json", "print the catalogue as JSON")
    .option(
      "--period <PERIOD>",
      "also give each deadline for this reference period (tables of its frequency only)"
    )
    .action((options: TemplatesOptions) => context.finish(runTemplates(options, context.io)));
}
