import {
  DimensionKey,
  NO_RECORDS,
  Placement,
  readSheet,
  recordsFromXml,
  recordsToXml,
  SavedJustification,
  SubmissionRecords,
} from "../core";
import { appendRows } from "./add-rows";
import { openWorkbook, sheetGrid } from "./read-workbook";
import { refuseMacroWorkbook } from "./macros";
import { saveWorkbook } from "./save";
import { applyFigureValidation, clearFigureValidation } from "./sheet-rules";
import { userError } from "../core/errors";

/** A justification to keep for a warning on the sheet being written. */
export type SheetJustification = Omit<SavedJustification, "sheet">;

/**
 * The records with the sheet's justifications for these warnings (rule and cell) replaced; the
 * sheet's others, and every other sheet's, stay as they were.
 */
function withJustifications(
  records: SubmissionRecords,
  sheet: string,
  added: SheetJustification[]
): SubmissionRecords {
  const id = (j: SheetJustification) => `${j.ruleId}@${j.key}`;
  const replaced = new Set(added.map(id));
  const kept = records.justifications.filter((j) => j.sheet !== sheet || !replaced.has(id(j)));
  return { ...records, justifications: [...kept, ...added.map((j) => ({ ...j, sheet }))] };
}

/** The records part to save: as it was read, unless justifications are added to it. */
function recordsToSave(
  xml: string | undefined,
  sheet: string,
  added: SheetJustification[]
): string | undefined {
  if (added.length === 0) return xml;
  return recordsToXml(withJustifications(xml ? recordsFromXml(xml) : NO_RECORDS, sheet, added));
}

/**
 * Adds rows to a template sheet, writes figures into its cells and saves the file. exceljs keeps
 * the other sheets, styles, conditional formats, frozen panes and protection as read, but neither
 * the figure cells' validation (see clearFigureValidation), which is therefore written afresh for
 * the rows the sheet has now, nor the custom XML parts of the stamp and of the submission
 * records, which are put back: as they were, or with the given justifications kept among the
 * records, where the add-in and `midex submit` look for them.
 */
export async function writeFigures(
  file: string,
  sheetName: string,
  placements: Placement[],
  rows: DimensionKey[] = [],
  justifications: SheetJustification[] = []
): Promise<void> {
  refuseMacroWorkbook(file);
  const { workbook, stampXml, recordsXml, hasMacros } = await openWorkbook(file);
  if (hasMacros) refuseMacroWorkbook(file, true);
  const worksheet = workbook.getWorksheet(sheetName);
  if (!worksheet) throw userError("noSuchSheet", { file, sheet: sheetName });
  const sheet = readSheet(sheetGrid(worksheet).grid, sheetName);

  if (rows.length > 0) {
    appendRows(worksheet, sheet.template, sheet.layout, rows);
  } else {
    clearFigureValidation(worksheet, sheet.template, sheet.layout);
    applyFigureValidation(worksheet, sheet.template, sheet.layout);
  }
  for (const placement of placements) {
    worksheet.getCell(placement.address).value = placement.value;
  }
  const records = recordsToSave(recordsXml, sheetName, justifications);
  await saveWorkbook(workbook, file, stampXml, records);
}
