import ExcelJS from "exceljs";
import { CellValue, getTemplate, Observation, placeObservations } from "../../../src/core";
import { newSheet } from "../../../src/workbook";
import { openWorkbook as openWorkbookWithParts } from "../../../src/workbook/read-workbook";
import { saveWorkbook } from "../../../src/workbook/save";

export async function openWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/**
 * Types values into cells as a person would in Excel (exceljs ignores sheet protection), and
 * saves the way Excel does: keeping the stamp's custom XML part, which exceljs alone drops.
 */
export async function typeInto(file: string, sheetName: string, cells: Record<string, CellValue>) {
  const { workbook, stampXml } = await openWorkbookWithParts(file);
  const sheet = workbook.getWorksheet(sheetName)!;
  for (const [address, value] of Object.entries(cells)) sheet.getCell(address).value = value;
  await saveWorkbook(workbook, file, stampXml);
}

/**
 * The cells of a freshly generated sheet (its common rows) that these observations belong in, by
 * the core.
 */
export function cellsFor(
  templateId: string,
  observations: Observation[],
  country: string,
  period: string
): Record<string, CellValue> {
  const sheet = newSheet(getTemplate(templateId), country, period);
  const { placements, unplaced } = placeObservations(sheet, observations);
  if (unplaced.length > 0) throw new Error(`test data has no cell: ${unplaced[0].reason}`);
  return Object.fromEntries(placements.map((p) => [p.address, p.value]));
}

/** exceljs keeps validations on a field its typings leave out. */
export function validations(sheet: ExcelJS.Worksheet): Record<string, ExcelJS.DataValidation> {
  return (
    sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }
  ).dataValidations.model;
}

export function conditionalFormats(
  sheet: ExcelJS.Worksheet
): ExcelJS.ConditionalFormattingOptions[] {
  return (sheet as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
    .conditionalFormattings;
}

export function protection(sheet: ExcelJS.Worksheet): Record<string, unknown> | null {
  return (sheet as unknown as { sheetProtection: Record<string, unknown> | null }).sheetProtection;
}
