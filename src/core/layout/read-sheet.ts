import { UserError } from "../errors";
import { findTemplate } from "../templates/catalogue";
import { findTemplateVersion } from "../templates/history";
import { Template } from "../templates/schema";
import { CellValue } from "../values";
import { cellAddress } from "./a1";
import { DimensionKey, headerGeometry, META, SheetLayout } from "./sheet-layout";

/** A template sheet as read back from a workbook: its metadata, keys and figures. */
export interface SheetData {
  template: Template;
  /** Template version written on the sheet (may differ from the shipped one). */
  templateVersion: string;
  country: string;
  period: string;
  layout: SheetLayout;
  /** Figures, [row][column] within the data area. */
  values: CellValue[][];
  sheetName?: string;
}

export function dataCellAddress(sheet: { layout: SheetLayout }, row: number, col: number): string {
  return cellAddress(sheet.layout.firstDataRow + row, sheet.layout.firstDataCol + col);
}

function text(value: CellValue | undefined): string {
  return value === null || value === undefined ? "" : String(value).trim();
}

/**
 * Excel turns a typed "2026-06" into a date unless the cell is formatted as text; such a date
 * (a serial day number, or an ISO date from a file reader) is read back as the month it names.
 */
function periodText(value: CellValue | undefined): string {
  if (typeof value === "number" && value > 1000 && value < 3000) return String(value);
  if (typeof value === "number" && value > 30000) {
    const date = new Date(Date.UTC(1899, 11, 30) + Math.round(value) * 86400000);
    return date.toISOString().slice(0, 7);
  }
  const iso = /^(\d{4}-\d{2})-01(T.*)?$/.exec(text(value));
  return iso ? iso[1] : text(value);
}

/** Reads the template id in B2; undefined when the sheet is not one of ours. */
export function templateIdOf(grid: CellValue[][]): string | undefined {
  const id = text(grid[META.templateRow]?.[META.valueCol]);
  return id && findTemplate(id) ? id : undefined;
}

/**
 * Reads a sheet back from its values. Keys come from the codes written on the sheet itself (not
 * from the template), so rows the user added or codes the user changed are seen as they are.
 */
export function readSheet(grid: CellValue[][], sheetName?: string): SheetData {
  const where = sheetName ? `Sheet "${sheetName}"` : "The sheet";
  const id = text(grid[META.templateRow]?.[META.valueCol]);
  const version = text(grid[META.templateRow]?.[META.versionCol]);
  const template = id ? findTemplateVersion(id, version) : undefined;
  if (!template) {
    throw new UserError(
      `${where} is not a WB-MIDEX template: cell B2 should hold a template id such as ASYAPPCTZM` +
        (id ? `, but holds "${id}".` : ", but is empty.")
    );
  }
  const rowDims = template.layout.rows;
  const colDims = template.layout.columns;
  const geometry = headerGeometry(rowDims.length, colDims.length);
  const width = Math.max(...grid.map((row) => row.length), 0);

  const colKeys: DimensionKey[] = [];
  for (let col = geometry.firstDataCol; col < width; col++) {
    const key: DimensionKey = {};
    colDims.forEach((d, i) => (key[d] = text(grid[geometry.codeRowOf(i)]?.[col])));
    if (Object.values(key).every((code) => code === "")) break;
    colKeys.push(key);
  }

  const rowKeys: DimensionKey[] = [];
  const values: CellValue[][] = [];
  for (let row = geometry.firstDataRow; row < grid.length; row++) {
    const key: DimensionKey = {};
    rowDims.forEach((d, j) => (key[d] = text(grid[row]?.[2 * j])));
    const cells = colKeys.map((_, c) => grid[row]?.[geometry.firstDataCol + c] ?? null);
    if (Object.values(key).every((code) => code === "")) {
      if (cells.every((v) => v === null || v === "")) break;
      throw new UserError(
        `${where}, row ${row + 1}: figures without a code in ${cellAddress(row, 0)}. ` +
          "Enter the code of the row or clear its figures."
      );
    }
    rowKeys.push(key);
    values.push(cells.map((v) => (v === "" ? null : v)));
  }

  return {
    template,
    templateVersion: version,
    country: text(grid[META.countryRow]?.[META.valueCol]).toUpperCase(),
    period: periodText(grid[META.periodRow]?.[META.valueCol]),
    layout: { rowDims, colDims, rowKeys, colKeys, ...geometry },
    values,
    sheetName,
  };
}
