import { Placement, readSheet, UserError } from "../core";
import { loadWorkbook, sheetGrid } from "./read-workbook";
import { saveWorkbook } from "./save";
import { applyFigureValidation, clearFigureValidation } from "./sheet-rules";

/**
 * Writes figures into a template sheet's cells and saves the file. exceljs keeps the other
 * sheets, styles, conditional formats, frozen panes and protection as read, but not the figure
 * cells' validation (see clearFigureValidation), which is therefore written afresh from the template,
 * for the rows the sheet has now.
 */
export async function writeFigures(
  file: string,
  sheetName: string,
  placements: Placement[]
): Promise<void> {
  const workbook = await loadWorkbook(file);
  const worksheet = workbook.getWorksheet(sheetName);
  if (!worksheet) throw new UserError(`${file} has no sheet named "${sheetName}".`);
  const sheet = readSheet(sheetGrid(worksheet).grid, sheetName);

  for (const placement of placements) {
    const cell = worksheet.getCell(placement.address);
    cell.value = placement.value;
  }

  clearFigureValidation(worksheet, sheet.template, sheet.layout);
  applyFigureValidation(worksheet, sheet.template, sheet.layout);
  await saveWorkbook(workbook, file);
}
