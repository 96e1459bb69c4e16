import { Command } from "commander";
import {
  allPackages,
  articleOf,
  deadline,
  normalisePeriod,
  ReportingPackage,
  Template,
} from "../../core";
import { countOf, Language, packageTitleIn, templateTitleIn } from "../../core/i18n";
import { cliText } from "../cli-text";
import { commandLanguage } from "../language";
import { CliContext, EXIT, Io } from "../io";
import { userError } from "../../core/errors";

export interface TemplatesOptions {
  json?: boolean;
  period?: string;
  /** Of the listing for people; the JSON stays English, for programs. */
  language?: Language;
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

function printCatalogue(
  io: Io,
  packages: ReportingPackage[],
  entries: CatalogueEntry[],
  language: Language
) {
  const text = cliText(language);
  const width = Math.max(...entries.map((e) => e.id.length));
  for (const pkg of packages) {
    // English keeps the title as it reads after the id, in lower case.
    const title = language === "en" ? pkg.title : packageTitleIn(language, pkg.id, pkg.title);
    io.out(`${pkg.id}: ${title}`);
    for (const entry of entries.filter((e) => e.package === pkg.id)) {
      const rule = text.dueAfter(countOf(language, entry.deadlineMonths, text.month));
      const due = entry.deadline ? ` (${entry.deadline})` : "";
      const indent = " ".repeat(width + 4);
      io.out(`  ${entry.id.padEnd(width)}  ${templateTitleIn(language, entry.id, entry.title)}`);
      io.out(`${indent}${text.frequency[entry.frequency]}, ${rule}${due}`);
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
    throw userError("notPeriod", { text: options.period });
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
    printCatalogue(io, packages, entries, options.language ?? "en");
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
    .action((options: TemplatesOptions, command: Command) =>
      context.finish(
        runTemplates({ ...options, language: commandLanguage(command, context.io) }, context.io)
      )
    );
}
