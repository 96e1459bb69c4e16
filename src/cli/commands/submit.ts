import { Command } from "commander";
import {
  applyJustifications,
  Finding,
  GivenJustification,
  historyPeriods,
  normalisePeriod,
  Observation,
  Receipt,
  SheetData,
  sheetToObservations,
  SubmissionRequest,
  UserError,
  writeSdmxCsv,
} from "../../core";
import { submitToExchange } from "../../client/exchange-client";
import { fetchAcceptedHistory } from "../../client/history";
import { ExchangeError } from "../../client/exchange-error";
import { onOwnSheet } from "../../client/finding-cells";
import { readWorkbook } from "../../workbook";
import { chooseSheet } from "../arguments";
import { Language } from "../../core/i18n";
import { say } from "../command-text";
import { CliContext, EXIT, Io } from "../io";
import { commandLanguage } from "../language";
import { counts, findingLines, printReport, report } from "../output";
import { userError } from "../../core/errors";
import { unmatchedJustifications } from "../../core/sdmx/justification";
import { entryName, readJustificationsFile } from "../justifications-file";
import { savedJustifications } from "../saved-justifications";
import { submissionFindings, workbookFindings } from "../submission-checks";

export interface SubmitOptions {
  endpoint: string;
  token?: string;
  json?: boolean;
  sheet?: string;
  justifications?: string;
}

/** Refusals that are about the data or the token; anything else means the exchange was unusable. */
const REFUSED = new Set([401, 403, 409, 413, 422]);

/**
 * The justifications file's entries, each of which must be meant for a warning found here: an
 * entry with a mistyped rule or cell would otherwise be dropped and its warning reported as
 * unjustified, or worse, go unnoticed.
 */
async function readJustifications(
  file: string | undefined,
  sheet: SheetData,
  findings: Finding[],
  language: Language
): Promise<GivenJustification[]> {
  if (file === undefined) return [];
  const names = [sheet.sheetName ?? sheet.template.id, sheet.template.id];
  const given = await readJustificationsFile(file, names);
  const unmatched = unmatchedJustifications(sheet.template, sheet.country, findings, given);
  if (unmatched.length > 0) {
    const sheetName = sheet.sheetName ?? sheet.template.id;
    const lines = unmatched.map((j) => say(language, "unmatchedEntry", { entry: entryName(j) }));
    throw new UserError(
      say(language, "unmatchedEntries", { file, lines: lines.join("; "), sheet: sheetName })
    );
  }
  return given;
}

function submissionOf(
  sheet: SheetData,
  findings: Finding[],
  given: GivenJustification[]
): { request: SubmissionRequest; unjustified: Finding[] } {
  const { observations, unjustified } = applyJustifications(
    sheet.template,
    sheet.country,
    sheetToObservations(sheet),
    findings,
    given
  );
  const request = {
    templateId: sheet.template.id,
    templateVersion: sheet.templateVersion || sheet.template.version,
    country: sheet.country,
    period: normalisePeriod(sheet.period, sheet.template.frequency) ?? sheet.period,
    sdmxCsv: writeSdmxCsv(sheet.template, observations),
  };
  return { request, unjustified };
}

/**
 * Warnings about the sheet as a whole (how the workbook was made or saved): no figure carries
 * them, so they need no justification, but the person sending should still read them.
 */
function printSheetWarnings(io: Io, findings: Finding[], language: Language) {
  const sheetWide = findings.filter((f) => f.severity === "warning" && !f.key);
  for (const line of findingLines(sheetWide, language)) io.err(line);
}

function printUnjustified(
  io: Io,
  file: string,
  unjustified: Finding[],
  json: boolean,
  language: Language
) {
  if (json) {
    io.out(JSON.stringify({ ...report(file, unjustified), submitted: false }, null, 2));
    return;
  }
  for (const line of findingLines(unjustified, language)) io.err(line);
  io.err(say(language, "notSubmittedUnjustified", { count: unjustified.length }));
}

function printReceipt(io: Io, file: string, receipt: Receipt, json: boolean, language: Language) {
  if (json) {
    io.out(JSON.stringify({ file, submitted: true, receipt }, null, 2));
    return;
  }
  const { templateId: template, country, period, version } = receipt;
  io.out(say(language, "submitted", { template, country, period, version }));
  const rows: [string, string | number][] = [
    [say(language, "receiptSubmission"), receipt.submissionId],
    [say(language, "receiptReceived"), receipt.receivedAt],
    [say(language, "receiptObservations"), receipt.observations],
    ["sha256", receipt.sha256],
    [say(language, "receiptFindings"), counts(receipt.findings, language)],
  ];
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  for (const [label, value] of rows) io.out(`  ${label.padEnd(width)}${value}`);
}

/**
 * The exchange's refusal and its findings, their cells moved onto the submitted workbook's own
 * (the exchange lays the data out afresh, see src/client/finding-cells.ts), so that the cells
 * printed are the ones to open and to name in a justifications file.
 */
function printRefusal(
  io: Io,
  file: string,
  sheet: SheetData,
  error: ExchangeError,
  json: boolean,
  language: Language
) {
  const findings = onOwnSheet(error.findings ?? [], sheet);
  if (json) {
    const refusal = { status: error.status, message: error.message };
    io.out(JSON.stringify({ ...report(file, findings), submitted: false, refusal }, null, 2));
    return;
  }
  for (const line of findingLines(findings, language)) io.err(line);
  io.err(say(language, "refused", { status: error.status, message: error.message }));
}

/**
 * The country's accepted figures of the periods the plausibility check reads, from the exchange
 * the sheet goes to, so that its warnings are found (and justified) here, as the exchange will
 * find them. When they cannot be had, none: the exchange still checks, and its refusal names
 * the warnings, which a justifications file can then answer.
 */
async function acceptedHistory(
  sheet: SheetData,
  endpoint: string,
  token: string
): Promise<Observation[]> {
  const period = normalisePeriod(sheet.period, sheet.template.frequency);
  if (!period) return [];
  try {
    return await fetchAcceptedHistory({
      endpoint,
      token,
      templateId: sheet.template.id,
      country: sheet.country,
      periods: historyPeriods(period, sheet.template.frequency),
    });
  } catch {
    return [];
  }
}

/**
 * Checks the sheet here first with the submission's rules and, as `midex validate` does, how the
 * workbook was made (its stamps and template version), so data with errors, blank figure cells
 * included, never leave the machine; plausibility against the accepted history too. The
 * comparisons with other tables are the exchange's: its refusal is printed.
 */
export async function runSubmit(
  file: string,
  options: SubmitOptions,
  io: Io,
  language: Language = "en"
): Promise<number> {
  const token = options.token ?? io.env.MIDEX_TOKEN;
  if (!token) {
    throw userError("noToken");
  }
  const workbook = await readWorkbook(file);
  const sheet = chooseSheet(workbook, file, options.sheet);
  const history = await acceptedHistory(sheet, options.endpoint, token);
  // The version finding comes from the CLI (version-check.ts), not from a template's rules.
  const findings = [
    ...(workbookFindings(workbook.stamps, [sheet]) as Finding[]),
    ...submissionFindings(sheet, { history }),
  ];
  const local = report(file, findings);
  if (local.summary.errors > 0) {
    if (options.json) {
      io.out(JSON.stringify({ ...local, submitted: false }, null, 2));
    } else {
      printReport({ ...io, out: io.err }, local, false, language);
      io.err(say(language, "notSubmittedErrors"));
    }
    return EXIT.findings;
  }

  // The file's justification of a warning comes first, so it wins over one kept in the workbook.
  const given = [
    ...(await readJustifications(options.justifications, sheet, findings, language)),
    ...savedJustifications(workbook.records, sheet),
  ];
  const { request, unjustified } = submissionOf(sheet, findings, given);
  if (!options.json) printSheetWarnings(io, findings, language);
  if (unjustified.length > 0) {
    printUnjustified(io, file, unjustified, options.json ?? false, language);
    return EXIT.findings;
  }

  try {
    const receipt = await submitToExchange({ endpoint: options.endpoint, token, request });
    printReceipt(io, file, receipt, options.json ?? false, language);
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof ExchangeError)) throw error;
    if (error.status === 0 || !REFUSED.has(error.status)) {
      if (options.json) printRefusal(io, file, sheet, error, true, language);
      throw new UserError(error.message);
    }
    printRefusal(io, file, sheet, error, options.json ?? false, language);
    return EXIT.findings;
  }
}

const JUSTIFICATIONS_HELP = [
  "",
  "Warnings need a justification: the data is only sent when each warning has one. Those the",
  "workbook keeps (written in the add-in, or imported as comments by `midex import`) are used;",
  "give the others, or better ones, in a JSON file, one entry per warning, naming its rule and",
  "its cell (as `midex validate` prints them) or its observation's codes:",
  '  [{"rule": "return-total", "cell": "E12", "text": "Returns of unknown type follow in Q3"},',
  '   {"rule": "usual-range", "key": {"citizen": "SY", "sex": "F"}, "text": "New camp opened"}]',
  "The text (one line, at most 1000 characters) travels with the figure as its SDMX comment",
  "(COMMENT_OBS), is stored by the exchange and shown with the submission.",
].join("\n");

const EXIT_CODES = [
  "",
  "Exit codes:",
  "  0  the exchange stored the data and sent a receipt",
  "  1  errors found here, or the exchange refused the data or the token",
  "  2  unusable input, or the exchange could not be reached",
].join("\n");

export function addSubmitCommand(program: Command, context: CliContext) {
  program
    .command("submit")
    .description("validate a template sheet and submit it to a WB-MIDEX exchange")
    .addHelpText("after", JUSTIFICATIONS_HELP + "\n" + EXIT_CODES)
    .argument("<file.xlsx>", "a template workbook")
    .requiredOption("--endpoint <url>", "the exchange's address, e.g. https://exchange.example.org")
    .option("--token <token>", "access token for the sheet's country (default: $MIDEX_TOKEN)")
    .option("--json", "print the receipt, or the refusal and its findings, as JSON")
    .option("--sheet <name>", "the template sheet to submit, when the workbook has several")
    .option("--justifications <file.json>", "why each warned figure is right (see below)")
    .action((file: string, options: SubmitOptions, command: Command) =>
      context.finish(runSubmit(file, options, context.io, commandLanguage(command, context.io)))
    );
}
