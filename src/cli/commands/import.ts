import { Command } from "commander";
import {
  addedCodes,
  describeKey,
  missingRowKeys,
  ParsedSdmx,
  ParseProblem,
  placeObservations,
  readSdmxCsv,
  SheetData,
  Unplaced,
  UserError,
  withRows,
} from "../../core";
import { readWorkbook, writeFigures } from "../../workbook";
import { readText } from "../arguments";
import { CliContext, EXIT, Io } from "../io";

export interface ImportOptions {
  into: string;
  sheet?: string;
}

/**
 * The sheet the data belong in: of the file's template and, when the workbook has several such
 * sheets, of the data's reporting country and period.
 */
function targetSheet(sheets: SheetData[], parsed: ParsedSdmx, options: ImportOptions): SheetData {
  const template = parsed.template;
  let candidates = sheets.filter(
    (s) => s.template.id === template.id && (!options.sheet || s.sheetName === options.sheet)
  );
  if (candidates.length === 0) {
    const which = options.sheet ? `a sheet "${options.sheet}" of` : "a sheet of";
    throw new UserError(
      `${options.into} has no ${which} template ${template.id}, which the data are for. ` +
        `Create one with \`midex template ${template.id}\`.`
    );
  }
  const first = parsed.observations[0];
  if (candidates.length > 1 && first) {
    const geo = template.dimensions.find((d) => d.role === "reportingCountry")!;
    candidates = candidates.filter((s) => s.country === first.key[geo.id]);
  }
  if (candidates.length !== 1) {
    throw new UserError(
      `${options.into} has several ${template.id} sheets that could take the data; ` +
        "choose one with --sheet."
    );
  }
  return candidates[0];
}

/** Each observation that did not reach the sheet, with its reason, in the file's line order. */
function leftOutLines(problems: ParseProblem[], unplaced: Unplaced[]): string[] {
  const lines = [
    ...problems.map((p) => ({ line: p.line, text: `not read:   ${p.message}` })),
    ...unplaced.map(({ observation, reason }) => {
      const at = observation.line === undefined ? "" : `line ${observation.line}: `;
      return {
        line: observation.line ?? 0,
        text: `not placed: ${at}${describeKey(observation)}: ${reason}`,
      };
    }),
  ];
  return lines.sort((a, b) => a.line - b.line).map((l) => l.text);
}

/**
 * Fills a workbook's figure cells from SDMX-CSV by dimension key, adding a row for each known code
 * the sheet does not show yet; nothing is left out unsaid.
 */
export async function runImport(dataFile: string, options: ImportOptions, io: Io) {
  const parsed = readSdmxCsv(await readText(dataFile));
  const { sheets, formulaCells } = await readWorkbook(options.into);
  const sheet = targetSheet(sheets, parsed, options);
  const rows = missingRowKeys(sheet, parsed.observations);
  const { placements, unplaced } = placeObservations(withRows(sheet, rows), parsed.observations);
  if (placements.length > 0) {
    await writeFigures(options.into, sheet.sheetName!, placements, rows);
  }

  const formulas = new Set(formulaCells[sheet.sheetName!]);
  const total = parsed.observations.length + parsed.problems.length;
  io.out(
    `Placed ${placements.length} of ${total} observations into ` +
      `${options.into} (sheet ${sheet.sheetName}).`
  );
  if (rows.length > 0) io.out(`Added rows for: ${addedCodes(sheet, rows).join(", ")}`);
  for (const p of placements.filter((p) => formulas.has(p.address))) {
    io.out(`replaced the formula in ${sheet.sheetName}!${p.address} by ${p.value}`);
  }
  for (const line of leftOutLines(parsed.problems, unplaced)) io.out(line);
  return unplaced.length + parsed.problems.length > 0 ? EXIT.findings : EXIT.ok;
}

const EXIT_CODES = [
  "",
  "Exit codes:",
  "  0  every observation placed",
  "  1  some could not be read or placed; the others are written and each",
  "     left-out observation is listed with its reason",
  "  2  unusable input",
].join("\n");

export function addImportCommand(program: Command, context: CliContext) {
  program
    .command("import")
    .description("fill a template workbook's figures from SDMX-CSV data, cell by dimension key")
    .addHelpText("after", EXIT_CODES)
    .argument("<data.csv>", "SDMX-CSV 2.0, or Eurostat's SDMX-CSV 1.0")
    .requiredOption("--into <file.xlsx>", "the template workbook to fill (saved in place)")
    .option("--sheet <name>", "the sheet to fill, when the workbook has several of the template")
    .action((file: string, options: ImportOptions) =>
      context.finish(runImport(file, options, context.io))
    );
}
