import { Command } from "commander";
import { sheetToObservations, summarise, validateSheet, writeSdmxCsv } from "../../core";
import { readWorkbook } from "../../workbook";
import { chooseSheet, outputFile, writeText } from "../arguments";
import { Language } from "../../core/i18n";
import { say } from "../command-text";
import { commandLanguage } from "../language";
import { CliContext, EXIT, Io } from "../io";
import { findingLines, summaryLine } from "../output";

export interface ExportOptions {
  output: string;
  force?: boolean;
  allowErrors?: boolean;
  sheet?: string;
}

/**
 * Writes a sheet's figures as SDMX-CSV 2.0 to a new .csv file (an existing one only with
 * --force, never the workbook itself); a sheet with errors is refused unless allowed.
 */
export async function runExport(
  file: string,
  options: ExportOptions,
  io: Io,
  language: Language = "en"
) {
  const output = await outputFile(options.output, {
    extension: ".csv",
    input: file,
    force: options.force,
  });
  const sheet = chooseSheet(await readWorkbook(file), file, options.sheet);
  const findings = validateSheet(sheet);
  const summary = summarise(findings);
  if (summary.errors > 0) {
    for (const line of findingLines(findings, language)) io.err(line);
    io.err(summaryLine(file, summary, language));
    if (!options.allowErrors) {
      io.err(say(language, "notExported"));
      return EXIT.findings;
    }
  }

  const observations = sheetToObservations(sheet);
  await writeText(output, writeSdmxCsv(sheet.template, observations));
  const { country, period } = sheet;
  const what = { count: observations.length, template: sheet.template.id, country, period };
  io.out(say(language, "exported", { ...what, file: output }));
  return EXIT.ok;
}

export function addExportCommand(program: Command, context: CliContext) {
  program
    .command("export")
    .description("write a template sheet's figures as SDMX-CSV 2.0")
    .argument("<file.xlsx>", "a template workbook")
    .requiredOption("-o, --output <data.csv>", "the SDMX-CSV file to write")
    .option("--allow-errors", "export even when the sheet has errors")
    .option("--force", "replace the output file if it exists")
    .option("--sheet <name>", "the template sheet to export, when the workbook has several")
    .action((file: string, options: ExportOptions, command: Command) =>
      context.finish(runExport(file, options, context.io, commandLanguage(command, context.io)))
    );
}
