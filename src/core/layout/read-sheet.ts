import { userError } from "../errors";
import { findTemplate } from "../templates/catalogue";
import { findTemplateVersion } from "../templates/history";
import { Template } from "../templates/schema";
import { excerpt } from "../messages/en";
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

function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || value === "";
}

/**
 * Column A of each header code row names a column dimension, and the row header row names the row
 * dimensions, as the generator writes them. Another dimension there means B2 was changed to
 * another template's id; a sheet that has no header at all has nothing to misread.
 */
function checkHeader(grid: CellValue[][], template: Template, sheetName?: string): void {
  const geometry = headerGeometry(template.layout.rows.length, template.layout.columns.length);
  const expected = [
    ...template.layout.columns.map((id, i) => ({ row: geometry.codeRowOf(i), col: 0, id })),
    ...template.layout.rows.map((id, j) => ({ row: geometry.rowHeaderRow, col: 2 * j, id })),
  ];
  const wrong = expected.find(({ row, col, id }) => {
    const found = text(grid[row]?.[col]);
    return found !== "" && found !== id;
  });
  if (!wrong) return;
  const address = cellAddress(wrong.row, wrong.col);
  throw userError("headerMismatch", {
    sheet: sheetName ?? "",
    template: template.id,
    cell: address,
    expected: wrong.id,
  });
}

/** The last column, counted from 0, with a code in a header code row or a figure below. */
function lastColumn(grid: CellValue[][], codeRows: number[], firstDataRow: number): number {
  let last = -1;
  codeRows.forEach((row) => {
    (grid[row] ?? []).forEach((v, col) => {
      if (text(v) !== "") last = Math.max(last, col);
    });
  });
  for (let row = firstDataRow; row < grid.length; row++) {
    (grid[row] ?? []).forEach((v, col) => {
      if (!isBlank(v)) last = Math.max(last, col);
    });
  }
  return last;
}

/**
 * Reads a sheet back from its values. Keys come from the codes written on the sheet itself (not
 * from the template), so rows the user added or codes the user changed are seen as they are.
 * The sheet is read to its last row and column holding a code or a figure: a blank row or column
 * in between (cleared by the user) is kept, with empty codes, so every address stays right, and
 * nothing below or beside it is lost.
 */
export function readSheet(grid: CellValue[][], sheetName?: string): SheetData {
  const id = text(grid[META.templateRow]?.[META.valueCol]);
  const version = text(grid[META.templateRow]?.[META.versionCol]);
  const template = id ? findTemplateVersion(id, version) : undefined;
  if (!template) {
    throw userError("notTemplateSheet", { sheet: sheetName ?? "", id: id ? excerpt(id) : "" });
  }
  checkHeader(grid, template, sheetName);
  const rowDims = template.layout.rows;
  const colDims = template.layout.columns;
  const geometry = headerGeometry(rowDims.length, colDims.length);
  const codeRows = colDims.map((_, i) => geometry.codeRowOf(i));
  const lastCol = lastColumn(grid, codeRows, geometry.firstDataRow);

  const colKeys: DimensionKey[] = [];
  for (let col = geometry.firstDataCol; col <= lastCol; col++) {
    const key: DimensionKey = {};
    colDims.forEach((d, i) => (key[d] = text(grid[codeRows[i]]?.[col])));
    if (Object.values(key).every((code) => code === "")) {
      const row = grid.findIndex((line, r) => r >= geometry.firstDataRow && !isBlank(line?.[col]));
      if (row >= 0) {
        throw userError("figureWithoutColumnCode", {
          sheet: sheetName ?? "",
          cell: cellAddress(row, col),
          codeCell: cellAddress(codeRows[0], col),
        });
      }
    }
    colKeys.push(key);
  }

  const rowKeys: DimensionKey[] = [];
  const values: CellValue[][] = [];
  let lastFilled = -1;
  for (let row = geometry.firstDataRow; row < grid.length; row++) {
    const key: DimensionKey = {};
    rowDims.forEach((d, j) => (key[d] = text(grid[row]?.[2 * j])));
    const cells = colKeys.map((_, c) => grid[row]?.[geometry.firstDataCol + c] ?? null);
    const noCode = Object.values(key).every((code) => code === "");
    const noFigure = cells.every(isBlank);
    if (noCode && !noFigure) {
      throw userError("figuresWithoutRowCode", {
        sheet: sheetName ?? "",
        row: row + 1,
        codeCell: cellAddress(row, 0),
      });
    }
    rowKeys.push(key);
    values.push(cells.map((v) => (v === "" ? null : v)));
    if (!noCode) lastFilled = rowKeys.length - 1;
  }
  rowKeys.length = lastFilled + 1;
  values.length = lastFilled + 1;

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
