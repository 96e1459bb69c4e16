import { Command } from "commander";
import {
  normalisePeriod,
  Receipt,
  SheetData,
  sheetToObservations,
  SubmissionRequest,
  UserError,
  validateSheet,
  writeSdmxCsv,
} from "../../core";
import { submitToExchange } from "../../client/exchange-client";
import { ExchangeError } from "../../client/exchange-error";
import { readWorkbook } from "../../workbook";
import { chooseSheet } from "../arguments";
import { CliContext, EXIT, Io } from "../io";
import { counts, findingLines, printReport, report } from "../output";

export interface SubmitOptions {
  endpoint: string;
  token?: string;
  json?: boolean;
  sheet?: string;
}

/** Refusals that are about the data or the token; anything else means the exchange was unusable. */
const REFUSED = new Set([401, 403, 409, 413, 422]);

function submissionOf(sheet: SheetData): SubmissionRequest {
  return {
    templateId: sheet.template.id,
    templateVersion: sheet.templateVersion || sheet.template.version,
    country: sheet.country,
    period: normalisePeriod(sheet.period, sheet.template.frequency) ?? sheet.period,
    sdmxCsv: writeSdmxCsv(sheet.template, sheetToObservations(sheet)),
  };
}

function printReceipt(io: Io, file: string, receipt: Receipt, json: boolean) {
  if (json) {
    io.out(JSON.stringify({ file, submitted: true, receipt }, null, 2));
    return;
  }
  io.out(
    `Submitted ${receipt.templateId} for ${receipt.country}, ${receipt.period}: ` +
      `version ${receipt.version}.`
  );
  io.out(`  submission    ${receipt.submissionId}`);
  io.out(`  received at   ${receipt.receivedAt}`);
  io.out(`  observations  ${receipt.observations}`);
  io.out(`  sha256        ${receipt.sha256}`);
  io.out(`  findings      ${counts(receipt.findings)}`);
}

function printRefusal(io: Io, file: string, error: ExchangeError, json: boolean) {
  const findings = error.findings ?? [];
  if (json) {
    const refusal = { status: error.status, message: error.message };
    io.out(JSON.stringify({ ...report(file, findings), submitted: false, refusal }, null, 2));
    return;
  }
  for (const line of findingLines(findings)) io.err(line);
  io.err(`midex: the exchange refused the submission (HTTP ${error.status}): ${error.message}`);
}

/** Checks the sheet here first, so data with errors never leave the machine. */
export async function runSubmit(file: string, options: SubmitOptions, io: Io): Promise<number> {
  const token = options.token ?? io.env.MIDEX_TOKEN;
  if (!token) {
    throw new UserError("no access token: pass --token <token> or set MIDEX_TOKEN.");
  }
  const sheet = chooseSheet(await readWorkbook(file), file, options.sheet);
  const findings = validateSheet(sheet);
  const local = report(file, findings);
  if (local.summary.errors > 0) {
    if (options.json) {
      io.out(JSON.stringify({ ...local, submitted: false }, null, 2));
    } else {
      printReport({ ...io, out: io.err }, local, false);
      io.err("Not submitted. Correct the errors with `midex validate`, then submit again.");
    }
    return EXIT.findings;
  }

  try {
    const receipt = await submitToExchange({
      endpoint: options.endpoint,
      token,
      request: submissionOf(sheet),
    });
    printReceipt(io, file, receipt, options.json ?? false);
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof ExchangeError)) throw error;
    if (error.status === 0 || !REFUSED.has(error.status)) {
      if (options.json) printRefusal(io, file, error, true);
      throw new UserError(error.message);
    }
    printRefusal(io, file, error, options.json ?? false);
    return EXIT.findings;
  }
}

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
    .addHelpText("after", EXIT_CODES)
    .argument("<file.xlsx>", "a template workbook")
    .requiredOption("--endpoint <url>", "the exchange's address, e.g. https://exchange.example.org")
    .option("--token <token>", "access token for the sheet's country (default: $MIDEX_TOKEN)")
    .option("--json", "print the receipt, or the refusal and its findings, as JSON")
    .option("--sheet <name>", "the template sheet to submit, when the workbook has several")
    .action((file: string, options: SubmitOptions) =>
      context.finish(runSubmit(file, options, context.io))
    );
}
