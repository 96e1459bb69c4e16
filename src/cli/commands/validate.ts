import { Command } from "commander";
import { ValidationOptions } from "../../core";
import { userError } from "../../core/errors";
import { sdmxHeaderStart } from "../../core/sdmx/header";
import { readWorkbook } from "../../workbook";
import { readText, readUtf8Text, roundedOption } from "../arguments";
import { CliContext, EXIT, Io } from "../io";
import { Language } from "../../core/i18n";
import { commandLanguage } from "../language";
import { say } from "../command-text";
import { printReport, report, ReportedFinding } from "../output";
import { checkSdmxCsv } from "../sdmx-check";
import { inFile } from "../sdmx-file";
import { blankFigureCells, sheetFindings, workbookFindings } from "../submission-checks";

export interface ValidateOptions {
  json?: boolean;
  rounded?: number | "auto";
  forSubmission?: boolean;
}

/** A template sheet's figure cells still blank, which `midex submit` refuses. */
interface BlankCells {
  sheet: string;
  count: number;
}

async function looksLikeSdmxCsv(file: string): Promise<boolean> {
  if (/\.csv$/i.test(file)) return true;
  if (/\.xls[xm]$/i.test(file)) return false;
  return sdmxHeaderStart(await readText(file)) !== undefined;
}

/**
 * Every finding of a workbook's template sheets (their stamps and template version included), or
 * of an SDMX-CSV file; with `forSubmission`, a workbook's sheets are checked as `midex submit`
 * checks them, blank figure cells included. Without it, the blank cells are counted instead.
 */
export async function findingsOf(
  file: string,
  options: ValidationOptions,
  forSubmission = false
): Promise<{ findings: ReportedFinding[]; blank: BlankCells[] }> {
  if (await looksLikeSdmxCsv(file)) {
    if (forSubmission) throw userError("forSubmissionNeedsWorkbook", { file });
    const text = await readUtf8Text(file);
    return { findings: await inFile(file, () => checkSdmxCsv(text, options)), blank: [] };
  }
  const { sheets, stamps } = await readWorkbook(file);
  const findings = [
    ...workbookFindings(stamps, sheets),
    ...sheets.flatMap((sheet) => sheetFindings(sheet, options, forSubmission)),
  ];
  const blank = forSubmission
    ? []
    : sheets
        .map((sheet) => ({
          sheet: sheet.sheetName ?? sheet.template.id,
          count: blankFigureCells(sheet),
        }))
        .filter((b) => b.count > 0);
  return { findings, blank };
}

/**
 * Exit 1 on errors only: blank figure cells are not errors while a sheet is being filled in, but
 * a line says how many are left, since submit refuses them.
 */
export async function runValidate(
  file: string,
  options: ValidateOptions,
  io: Io,
  language: Language = "en"
) {
  const forSubmission = options.forSubmission ?? false;
  const { findings, blank } = await findingsOf(file, { roundedTo: options.rounded }, forSubmission);
  const result = report(file, findings);
  if (options.json) {
    io.out(JSON.stringify(forSubmission ? result : { ...result, blankCells: blank }, null, 2));
  } else {
    printReport(io, result, false, language);
    for (const { sheet, count } of blank) io.out(say(language, "blankCells", { sheet, count }));
  }
  return result.summary.errors > 0 ? EXIT.findings : EXIT.ok;
}

const EXIT_CODES = [
  "",
  "Exit codes:",
  "  0  no errors (warnings allowed); figure cells may still be blank, which midex submit",
  "     refuses: a line says how many, and --for-submission makes them errors",
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
      "--for-submission",
      "check a workbook as midex submit does before sending it: blank figure cells are errors"
    )
    .option(
      "--rounded <base>",
      'the figures are published ones rounded to <base> (Eurostat: 5), or "auto" to detect it',
      roundedOption
    )
    .action((file: string, options: ValidateOptions, command: Command) =>
      context.finish(runValidate(file, options, context.io, commandLanguage(command, context.io)))
    );
}
