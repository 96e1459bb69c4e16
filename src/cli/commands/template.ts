import { promises as fs } from "fs";
import { Command } from "commander";
import { codeLists, getTemplate, templateLayout, UserError } from "../../core";
import { writeTemplateWorkbook } from "../../workbook";
import { referencePeriod, reportingCountry } from "../arguments";
import { CliContext, EXIT, Io } from "../io";

export interface TemplateOptions {
  country: string;
  period: string;
  output: string;
  force?: boolean;
}

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    () => false
  );
}

export async function runTemplate(id: string, options: TemplateOptions, io: Io): Promise<number> {
  const template = getTemplate(id);
  const geo = template.dimensions.find((d) => d.role === "reportingCountry")!;
  const country = reportingCountry(options.country, geo.codeList);
  const period = referencePeriod(template, options.period);
  if (!/\.xlsx$/i.test(options.output)) {
    throw new UserError(`the output file should end in .xlsx, not "${options.output}".`);
  }
  if (!options.force && (await exists(options.output))) {
    throw new UserError(`${options.output} already exists; pass --force to replace it.`);
  }

  await writeTemplateWorkbook(template, country, period, options.output);
  const layout = templateLayout(template);
  const name = codeLists.label(geo.codeList, country) ?? country;
  io.out(
    `Wrote ${options.output}: ${template.id} for ${country} (${name}), ${period}, ` +
      `${layout.rowKeys.length} rows × ${layout.colKeys.length} columns of figures.`
  );
  return EXIT.ok;
}

export function addTemplateCommand(program: Command, context: CliContext) {
  program
    .command("template")
    .description("create an empty template workbook (.xlsx) for one country and period")
    .argument("<TEMPLATE_ID>", "template id, e.g. ASYAPPCTZM")
    .requiredOption("--country <CC>", "reporting country, a Eurostat geo code such as ME")
    .requiredOption("--period <PERIOD>", "reference period, e.g. 2026-06 (or 2026M06), 2026")
    .requiredOption("-o, --output <file.xlsx>", "the workbook to write")
    .option("--force", "replace the output file if it exists")
    .action((id: string, options: TemplateOptions) =>
      context.finish(runTemplate(id, options, context.io))
    );
}
