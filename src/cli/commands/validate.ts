import { Command } from "commander";
import { checkStamps, validateSheet, ValidationOptions } from "../../core";
import { sdmxHeaderStart } from "../../core/sdmx/header";
import { readWorkbook } from "../../workbook";
import { readText, readUtf8Text, roundedOption } from "../arguments";
import { CliContext, EXIT, Io } from "../io";
import { Language } from "../../core/i18n";
import { commandLanguage } from "../language";
import { printReport, report, ReportedFinding } from "../output";
import { checkSdmxCsv } from "../sdmx-check";
import { inFile } from "../sdmx-file";
import { versionFindings } from "../version-check";

export interface ValidateOptions {
  json?: boolean;
  rounded?: number | "auto";
}

async function looksLikeSdmxCsv(file: string): Promise<boolean> {
  if (/\.csv$/i.test(file)) return true;
  if (/\.xls[xm]$/i.test(file)) return false;
  return sdmxHeaderStart(await readText(file)) !== undefined;
}

/**
 * Every finding of a workbook's template sheets (their stamps and template version included), or
 * of an SDMX-CSV file.
 */
export async function findingsOf(file: string, options: ValidationOptions) {
  if (await looksLikeSdmxCsv(file)) {
    const text = await readUtf8Text(file);
    return inFile(file, () => checkSdmxCsv(text, options));
  }
  const { sheets, stamps } = await readWorkbook(file);
  return [
    ...checkStamps(sheets, stamps.xml, stamps.grid),
    ...sheets.flatMap<ReportedFinding>((sheet) => [
      ...versionFindings(sheet),
      ...validateSheet(sheet, options),
    ]),
  ];
}

export async function runValidate(
  file: string,
  options: ValidateOptions,
  io: Io,
  language: Language = "en"
) {
  const findings = await findingsOf(file, { roundedTo: options.rounded });
  const result = report(file, findings);
  printReport(io, result, options.json ?? false, language);
  return result.summary.errors > 0 ? EXIT.findings : EXIT.ok;
}

const EXIT_CODES = [
  "",
  "Exit codes:",
  "  0  no errors (warnings allowed)",
  "  1  errors found",
  "  2  the file is unreadable or not one of our templates",
].join("\n");

export function addValidateCommand(program: Command, context: CliContext) {
  program
    .command("validate")
    .description("check a template workbook or an SDMX-CSV file against its template's rules")
    .addHelpText("after", EXIT_CODES)
    .argument("<file>", "a template workbook (.xlsx) or SDMX-CSV data (.csv)")
    .option("--json", "print the findings as JSON")
    .option(
      "--rounded <base>",
      'the figures are published ones rounded to <base> (Eurostat: 5), or "auto" to detect it',
      roundedOption
    )
    .action((file: string, options: ValidateOptions, command: Command) =>
      context.finish(runValidate(file, options, context.io, commandLanguage(command, context.io)))
    );
}
