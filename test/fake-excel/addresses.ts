/** A1 addresses: parsing and formatting, zero-based inclusive rectangles. */

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface ParsedAddress {
  sheet?: string;
  rect: Rect;
}

export function columnToLetters(column: number): string {
  let letters = "";
  let n = column + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    n = n * 26 + (ch.charCodeAt(0) - 64);
  }
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/;
const ROW = /^\$?([0-9]{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;

type Part = { row?: number; column?: number };

function parsePart(text: string): Part | undefined {
  const cell = CELL.exec(text);
  if (cell) return { column: lettersToColumn(cell[1]), row: Number(cell[2]) - 1 };
  const row = ROW.exec(text);
  if (row) return { row: Number(row[1]) - 1 };
  const column = COLUMN.exec(text);
  if (column) return { column: lettersToColumn(column[1]) };
  return undefined;
}

/** Splits `'My Sheet'!A1:B2` or `Data!A1` into the sheet name (quotes undone) and the local part. */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) {
    sheet = sheet.slice(1, -1).replace(/''/g, "'");
  }
  return { sheet, local: address.slice(bang + 1) };
}

/** Parses one rectangular A1 reference; returns undefined for anything else. */
export function parseAddress(address: string): ParsedAddress | undefined {
  const { sheet, local } = splitSheet(address.trim());
  const pieces = local.split(":");
  if (pieces.length > 2) return undefined;
  const first = parsePart(pieces[0]);
  const second = pieces.length === 2 ? parsePart(pieces[1]) : first;
  if (!first || !second) return undefined;
  const wholeRows = first.column === undefined && second.column === undefined;
  const wholeColumns = first.row === undefined && second.row === undefined;
  if (pieces.length === 1 && (wholeRows || wholeColumns)) return undefined;
  if (!wholeRows && !wholeColumns && (first.column === undefined || first.row === undefined)) {
    return undefined;
  }
  if (!wholeRows && !wholeColumns && (second.column === undefined || second.row === undefined)) {
    return undefined;
  }
  const r0 = first.row ?? 0;
  const r1 = second.row ?? MAX_ROWS - 1;
  const c0 = first.column ?? 0;
  const c1 = second.column ?? MAX_COLUMNS - 1;
  const rect = {
    top: Math.min(r0, r1),
    bottom: Math.max(r0, r1),
    left: Math.min(c0, c1),
    right: Math.max(c0, c1),
  };
  if (rect.top < 0 || rect.bottom >= MAX_ROWS || rect.right >= MAX_COLUMNS) return undefined;
  return { sheet, rect };
}

export function cellName(row: number, column: number): string {
  return `${columnToLetters(column)}${row + 1}`;
}

/** Formats like Excel does: `B3`, `A1:C4`, whole rows as `5:6`, whole columns as `B:C`. */
export function formatRect(rect: Rect): string {
  const wholeRows = rect.left === 0 && rect.right === MAX_COLUMNS - 1;
  const wholeColumns = rect.top === 0 && rect.bottom === MAX_ROWS - 1;
  if (wholeRows && !wholeColumns) return `${rect.top + 1}:${rect.bottom + 1}`;
  if (wholeColumns && !wholeRows) {
    return `${columnToLetters(rect.left)}:${columnToLetters(rect.right)}`;
  }
  const start = cellName(rect.top, rect.left);
  if (rect.top === rect.bottom && rect.left === rect.right) return start;
  return `${start}:${cellName(rect.bottom, rect.right)}`;
}

/** Quotes a sheet name when Excel would (spaces, punctuation, or a leading digit). */
export function quoteSheet(name: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !CELL.test(name)) return name;
  return `'${name.replace(/'/g, "''")}'`;
}

export function qualify(sheet: string, rect: Rect): string {
  return `${quoteSheet(sheet)}!${formatRect(rect)}`;
}

export function rectRows(rect: Rect): number {
  return rect.bottom - rect.top + 1;
}

export function rectColumns(rect: Rect): number {
  return rect.right - rect.left + 1;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function contains(outer: Rect, row: number, column: number): boolean {
  return row >= outer.top && row <= outer.bottom && column >= outer.left && column <= outer.right;
}

/** `a` minus `b`, as up to four rectangles. */
export function subtract(a: Rect, b: Rect): Rect[] {
  if (!intersects(a, b)) return [a];
  const pieces: Rect[] = [];
  if (a.top < b.top) pieces.push({ ...a, bottom: b.top - 1 });
  if (a.bottom > b.bottom) pieces.push({ ...a, top: b.bottom + 1 });
  const top = Math.max(a.top, b.top);
  const bottom = Math.min(a.bottom, b.bottom);
  if (a.left < b.left) pieces.push({ top, bottom, left: a.left, right: b.left - 1 });
  if (a.right > b.right) pieces.push({ top, bottom, left: b.right + 1, right: a.right });
  return pieces;
}
