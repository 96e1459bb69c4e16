import { DimensionKey, Placement, readSheet } from "../core";
import { appendRows } from "./add-rows";
import { openWorkbook, sheetGrid } from "./read-workbook";
import { refuseMacroWorkbook } from "./macros";
import { saveWorkbook } from "./save";
import { applyFigureValidation, clearFigureValidation } from "./sheet-rules";
import { userError } from "../core/errors";

/**
 * Adds rows to a template sheet, writes figures into its cells and saves the file. exceljs keeps
 * the other sheets, styles, conditional formats, frozen panes and protection as read, but neither
 * the figure cells' validation (see clearFigureValidation), which is therefore written afresh for
 * the rows the sheet has now, nor the stamp's custom XML part, which is put back as it was.
 */
export async function writeFigures(
  file: string,
  sheetName: string,
  placements: Placement[],
  rows: DimensionKey[] = []
): Promise<void> {
  refuseMacroWorkbook(file);
  const { workbook, stampXml, hasMacros } = await openWorkbook(file);
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
  await saveWorkbook(workbook, file, stampXml);
}
