import { Command } from "commander";
import {
  addedCodes,
  keyString,
  missingRowKeys,
  Observation,
  ParsedSdmx,
  placeObservations,
  SheetData,
  Unplaced,
  withRows,
} from "../../core";
import { readWorkbook, refuseMacroWorkbook, writeFigures } from "../../workbook";
import { Language } from "../../core/i18n";
import { say } from "../command-text";
import { commandLanguage } from "../language";
import { CliContext, EXIT, Io } from "../io";
import { importedComments } from "../imported-comments";
import { leftOutLines } from "../left-out";
import { leftOutWord } from "../left-out-text";
import { readDataFile } from "../sdmx-file";
import { userError } from "../../core/errors";

/** The reason the core gives for an observation whose key has no cell on the sheet. */
const NO_CELL = "the sheet has no cell for this key";

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
    throw options.sheet
      ? userError("importNoNamedSheet", {
          file: options.into,
          sheet: options.sheet,
          template: template.id,
        })
      : userError("importNoSheet", { file: options.into, template: template.id });
  }
  const first = parsed.observations[0];
  if (candidates.length > 1 && first) {
    const geo = template.dimensions.find((d) => d.role === "reportingCountry")!;
    candidates = candidates.filter((s) => s.country === first.key[geo.id]);
  }
  if (candidates.length !== 1) {
    throw userError("importSeveralSheets", { file: options.into, template: template.id });
  }
  return candidates[0];
}

/**
 * Observations with an empty code for one of the sheet's dimensions have no cell: a row or
 * column whose codes were cleared has empty codes too, and must not take them.
 */
function withoutEmptyCodes(sheet: SheetData, observations: Observation[]) {
  const dims = [...sheet.layout.rowDims, ...sheet.layout.colDims];
  const coded: Observation[] = [];
  const uncoded: Unplaced[] = [];
  for (const observation of observations) {
    const empty = dims.find((d) => (observation.key[d] ?? "").trim() === "");
    if (empty) uncoded.push({ observation, reason: `it has no ${empty} code` });
    else coded.push(observation);
  }
  return { coded, uncoded };
}

/** Cells named in a sentence: the first few, and how many more there are. */
function cellList(cells: string[], language: Language): string {
  const shown = cells.slice(0, 12).join(", ");
  const rest = cells.length - 12;
  return rest > 0 ? shown + leftOutWord(language, "more", { count: rest }) : shown;
}

/** "the sheet has no cell" said for the part of the key the sheet lacks, so alike ones group. */
function sayWhichKey(sheet: SheetData, { observation, reason }: Unplaced): Unplaced {
  if (reason !== NO_CELL) return { observation, reason };
  const { rowDims, colDims, rowKeys } = sheet.layout;
  const rows = new Set(rowKeys.map((k) => keyString(k, rowDims)));
  const dims = rows.has(keyString(observation.key, rowDims)) ? colDims : rowDims;
  const part = dims.map((d) => `${d}=${observation.key[d]}`).join(", ");
  return { observation, reason: `the sheet has no cell for ${part}` };
}

export async function runImport(
  dataFile: string,
  options: ImportOptions,
  io: Io,
  language: Language = "en"
) {
  refuseMacroWorkbook(options.into);
  const parsed = await readDataFile(dataFile, options.into);
  const { sheets, formulaCells, records } = await readWorkbook(options.into);
  const sheet = targetSheet(sheets, parsed, options);
  const { coded, uncoded } = withoutEmptyCodes(sheet, parsed.observations);
  const rows = missingRowKeys(sheet, coded);
  const extended = withRows(sheet, rows);
  const placed = placeObservations(extended, coded);
  const placements = placed.placements;
  const unplaced = [...uncoded, ...placed.unplaced.map((u) => sayWhichKey(extended, u))];
  const left = new Set(placed.unplaced.map((u) => u.observation));
  const reached = coded.filter((o) => !left.has(o));
  const saved = records.justifications.filter((j) => j.sheet === sheet.sheetName);
  const comments = importedComments(extended, placements, reached, saved);
  if (placements.length > 0) {
    await writeFigures(options.into, sheet.sheetName!, placements, rows, comments.justifications);
  }

  const formulas = new Set(formulaCells[sheet.sheetName!]);
  const total = parsed.observations.length + parsed.problems.length;
  const counts = { placed: placements.length, total };
  io.out(say(language, "placed", { ...counts, file: options.into, sheet: sheet.sheetName! }));
  if (rows.length > 0) {
    io.out(say(language, "addedRows", { codes: addedCodes(sheet, rows).join(", ") }));
  }
  for (const p of placements.filter((p) => formulas.has(p.address))) {
    const cell = `${sheet.sheetName}!${p.address}`;
    io.out(say(language, "replacedFormula", { cell, value: String(p.value) }));
  }
  if (comments.kept.length > 0) {
    const cells = cellList(comments.kept, language);
    io.out(say(language, "commentsKept", { count: comments.kept.length, cells }));
  }
  if (comments.notKept.length > 0) {
    const cells = cellList(comments.notKept, language);
    const params = { count: comments.notKept.length, cells, template: sheet.template.id };
    io.out(say(language, "commentsNotKept", params));
  }
  if (comments.replaced.length > 0) {
    const cells = cellList(comments.replaced, language);
    io.out(say(language, "justificationsReplaced", { count: comments.replaced.length, cells }));
  }
  for (const line of leftOutLines(parsed.problems, unplaced, language)) io.out(line);
  for (const column of parsed.unreadColumns) {
    const params = { name: column.name, index: column.index, file: dataFile };
    io.out(say(language, column.maybeComments ? "unreadCommentColumn" : "unreadColumn", params));
  }
  const lostComments = parsed.unreadColumns.filter((c) => c.maybeComments && c.filled);
  const leftOut =
    unplaced.length + parsed.problems.length + comments.notKept.length + lostComments.length;
  return leftOut > 0 ? EXIT.findings : EXIT.ok;
}

const COMMENTS = [
  "",
  "Comments (COMMENT_OBS) are kept in the workbook as the justifications of the warnings on",
  "their cells, where the add-in and `midex submit` find them.",
].join("\n");

const EXIT_CODES = [
  "",
  "Exit codes:",
  "  0  every observation placed, with its comment",
  "  1  some could not be read or placed, a comment was not kept, or a column that looks",
  "     like comments under a name other than COMMENT_OBS was not read; the rest is",
  "     written and each left-out observation, comment or column is listed with its reason",
  "  2  unusable input",
].join("\n");

export function addImportCommand(program: Command, context: CliContext) {
  program
    .command("import")
    .description("fill a template workbook's figures from SDMX-CSV data, cell by dimension key")
    .addHelpText("after", COMMENTS + "\n" + EXIT_CODES)
    .argument("<data.csv>", "SDMX-CSV 2.0, or Eurostat's SDMX-CSV 1.0")
    .requiredOption("--into <file.xlsx>", "the template workbook to fill (saved in place)")
    .option("--sheet <name>", "the sheet to fill, when the workbook has several of the template")
    .action((file: string, options: ImportOptions, command: Command) =>
      context.finish(runImport(file, options, context.io, commandLanguage(command, context.io)))
    );
}
