import { promises as fs } from "fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import {
  cellAddress,
  CellValue,
  NO_RECORDS,
  RECEIPT_NAMESPACE,
  readSheet,
  recordsFromXml,
  recordsToXml,
  SheetData,
  SheetStamp,
  STAMP_NAMESPACE,
  STAMP_SHEET,
  stampFromGrid,
  stampFromXml,
  SubmissionRecords,
  templateIdOf,
  UserError,
} from "../core";
import { readCell } from "./cell-values";
import { readCustomXmlParts } from "./custom-xml";
import { fileProblem } from "./file-problem";
import { errorCode, userError } from "../core/errors";

export interface WorkbookContent {
  /** Every template sheet, in workbook order. */
  sheets: SheetData[];
  /** Each template sheet's values from A1, by sheet name. */
  grids: Record<string, CellValue[][]>;
  /** Addresses of cells holding a formula (read as their cached result), by sheet name. */
  formulaCells: Record<string, string[]>;
  /** What the generator recorded in each of its two places; undefined where there is none. */
  stamps: { xml?: SheetStamp[]; grid?: SheetStamp[] };
  /** The receipts and justifications the add-in (or `midex import`) keeps in the workbook. */
  records: SubmissionRecords;
}

export interface OpenedWorkbook {
  workbook: ExcelJS.Workbook;
  /** The custom XML part holding the stamp, which exceljs does not keep; saved back as it was. */
  stampXml?: string;
  /** The part holding the submission records, kept the same way; several are merged into one. */
  recordsXml?: string;
  /** The package holds VBA macros, which exceljs would drop on saving. */
  hasMacros: boolean;
}

function notAWorkbook(file: string): UserError {
  return userError("notXlsx", { file });
}

/** Opens a workbook; anything that is not a readable .xlsx is the user's to fix. */
export async function openWorkbook(file: string): Promise<OpenedWorkbook> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    const problem = fileProblem(error);
    if (problem) throw userError("cannotRead", { file, code: errorCode(error) });
    throw error;
  }
  // Any zip loads into exceljs as an empty workbook, so the package's workbook part is looked for.
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw notAWorkbook(file);
  }
  if (!zip.file("xl/workbook.xml")) throw notAWorkbook(file);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw notAWorkbook(file);
  }
  const [stampXml] = await readCustomXmlParts(zip, STAMP_NAMESPACE);
  return {
    workbook,
    stampXml,
    recordsXml: mergedRecords(await readCustomXmlParts(zip, RECEIPT_NAMESPACE)),
    hasMacros: zip.file("xl/vbaProject.bin") !== null,
  };
}

/** One part's XML as it is; the add-in writes one, so several are merged, as it reads them. */
function mergedRecords(parts: string[]): string | undefined {
  if (parts.length <= 1) return parts[0];
  const records = parts.map(recordsFromXml);
  return recordsToXml({
    receipts: records.flatMap((r) => r.receipts),
    justifications: records.flatMap((r) => r.justifications),
  });
}

export function sheetGrid(worksheet: ExcelJS.Worksheet): {
  grid: CellValue[][];
  formulas: string[];
} {
  const grid: CellValue[][] = [];
  const formulas: string[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const { value, isFormula } = readCell(cell);
      values[colNumber - 1] = value;
      if (isFormula) formulas.push(cellAddress(rowNumber - 1, colNumber - 1));
    });
    grid[rowNumber - 1] = Array.from(values, (v) => v ?? null);
  });
  return { grid: Array.from(grid, (row) => row ?? []), formulas };
}

/**
 * The template sheets of a workbook (B2 holds a known template id); other sheets are ignored,
 * the stamp sheet too, whose second row also starts with a sheet's template id.
 */
export function templateSheets(
  workbook: ExcelJS.Workbook,
  file: string
): Omit<WorkbookContent, "stamps" | "records"> {
  const content: Omit<WorkbookContent, "stamps" | "records"> = {
    sheets: [],
    grids: {},
    formulaCells: {},
  };
  for (const worksheet of workbook.worksheets) {
    if (worksheet.name === STAMP_SHEET) continue;
    const { grid, formulas } = sheetGrid(worksheet);
    if (!templateIdOf(grid)) continue;
    content.sheets.push(readSheet(grid, worksheet.name));
    content.grids[worksheet.name] = grid;
    content.formulaCells[worksheet.name] = formulas;
  }
  if (content.sheets.length === 0) {
    throw userError("noTemplateSheet", { file });
  }
  return content;
}

function stampsOf({ workbook, stampXml }: OpenedWorkbook): WorkbookContent["stamps"] {
  const meta = workbook.getWorksheet(STAMP_SHEET);
  return {
    xml: stampXml === undefined ? undefined : stampFromXml(stampXml),
    grid: meta ? stampFromGrid(sheetGrid(meta).grid) : undefined,
  };
}

export async function readWorkbook(file: string): Promise<WorkbookContent> {
  const opened = await openWorkbook(file);
  const records = opened.recordsXml ? recordsFromXml(opened.recordsXml) : NO_RECORDS;
  return { ...templateSheets(opened.workbook, file), stamps: stampsOf(opened), records };
}
