import { Command } from "commander";
import {
  allPackages,
  allTemplates,
  codeLists,
  findPackage,
  findTemplate,
  normalisePeriod,
  periodExample,
  ReportingPackage,
  Template,
  templateLayout,
} from "../../core";
import { codeLabelIn, formatNumber, Language } from "../../core/i18n";
import { writePackageWorkbook, writeTemplateWorkbook } from "../../workbook";
import { cliText } from "../cli-text";
import { commandLanguage } from "../language";
import { outputWorkbook, referencePeriod, reportingCountry } from "../arguments";
import { CliContext, EXIT, Io } from "../io";
import { userError } from "../../core/errors";

export interface TemplateOptions {
  country: string;
  period: string;
  output: string;
  force?: boolean;
  /** Set from the global --lang (or LANG) by the command's action. */
  language?: Language;
}

function packagePeriod(pkg: ReportingPackage, text: string): string {
  const period = normalisePeriod(text, pkg.frequency);
  if (!period) {
    throw userError("notPeriodOfPackage", {
      text,
      package: pkg.id,
      frequency: pkg.frequency,
      example: periodExample(pkg.frequency),
    });
  }
  return period;
}

function countryName(template: Template, country: string, language: Language): string {
  const geo = template.dimensions.find((d) => d.role === "reportingCountry")!;
  return (
    codeLabelIn(language, geo.codeList, country) ??
    codeLists.label(geo.codeList, country) ??
    country
  );
}

async function writeOneTemplate(template: Template, options: TemplateOptions, io: Io) {
  const geo = template.dimensions.find((d) => d.role === "reportingCountry")!;
  const country = reportingCountry(options.country, geo.codeList);
  const period = referencePeriod(template, options.period);
  const file = await outputWorkbook(options.output, options.force);

  const language = options.language ?? "en";
  await writeTemplateWorkbook(template, country, period, file, language);
  const layout = templateLayout(template, "common");
  const text = cliText(language);
  const name = countryName(template, country, language);
  const shape = text.shape(
    formatNumber(language, layout.rowKeys.length),
    formatNumber(language, layout.colKeys.length)
  );
  io.out(`${text.wrote({ file, what: template.id, country, name, period })}, ${shape}.`);
}

async function writeOnePackage(pkg: ReportingPackage, options: TemplateOptions, io: Io) {
  const first = pkg.templates[0];
  const geo = first.dimensions.find((d) => d.role === "reportingCountry")!;
  const country = reportingCountry(options.country, geo.codeList);
  const period = packagePeriod(pkg, options.period);
  const file = await outputWorkbook(options.output, options.force);

  const language = options.language ?? "en";
  await writePackageWorkbook(pkg, country, period, file, language);
  const ids = pkg.templates.map((t) => t.id).join(", ");
  const text = cliText(language);
  const name = countryName(first, country, language);
  const what = `${text.package} ${pkg.id}`;
  const cover = text.cover(formatNumber(language, pkg.templates.length), ids);
  io.out(`${text.wrote({ file, what, country, name, period })}: ${cover}.`);
}

export async function runTemplate(id: string, options: TemplateOptions, io: Io): Promise<number> {
  const template = findTemplate(id);
  const pkg = template ? undefined : findPackage(id);
  if (template) await writeOneTemplate(template, options, io);
  else if (pkg) await writeOnePackage(pkg, options, io);
  else {
    const templates = allTemplates().map((t) => t.id);
    const packages = allPackages().map((p) => p.id);
    throw userError("unknownTemplateOrPackage", {
      id,
      templates: templates.join(", "),
      packages: packages.join(", "),
    });
  }
  return EXIT.ok;
}

export function addTemplateCommand(program: Command, context: CliContext) {
  program
    .command("template")
    .description(
      "create an empty template workbook (.xlsx) for one country and period: one table, or a " +
        "package's tables after a cover sheet"
    )
    .argument(
      "<TEMPLATE_ID|PACKAGE_ID>",
      "a template id such as ASYAPPCTZM or a package id such as monthly-asylum"
    )
    .requiredOption("--country <CC>", "reporting country, a Eurostat geo code such as ME")
    .requiredOption("--period <PERIOD>", "reference period, e.g. 2026-06 (or 2026M06), 2026")
    .requiredOption("-o, --output <file.xlsx>", "the workbook to write")
    .option("--force", "replace the output file if it exists")
    .action((id: string, options: TemplateOptions, command: Command) =>
      context.finish(
        runTemplate(id, { ...options, language: commandLanguage(command, context.io) }, context.io)
      )
    );
}
