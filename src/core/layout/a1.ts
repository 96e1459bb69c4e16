/** Converts between zero-based (row, column) indexes and Excel's A1 notation. */

export function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

export function columnIndex(name: string): number {
  let index = 0;
  for (const ch of name.toUpperCase()) index = index * 26 + (ch.charCodeAt(0) - 64);
  return index - 1;
}

export function cellAddress(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

export function rangeAddress(row: number, col: number, lastRow: number, lastCol: number): string {
  const start = cellAddress(row, col);
  const end = cellAddress(lastRow, lastCol);
  return start === end ? start : `${start}:${end}`;
}

/** Parses "B7" or "$B$7" (optionally sheet-qualified) into zero-based indexes. */
export function parseCell(address: string): { row: number; col: number } {
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const match = /^([A-Za-z]{1,3})(\d+)$/.exec(local);
  if (!match) throw new Error(`"${address}" is not a cell address`);
  return { row: Number(match[2]) - 1, col: columnIndex(match[1]) };
}

/** Parses "B7:D9", "B7" or "Sheet!B7:D9" into zero-based bounds (inclusive). */
export function parseRange(address: string): {
  row: number;
  col: number;
  lastRow: number;
  lastCol: number;
} {
  const local = address.slice(address.lastIndexOf("!") + 1);
  const [first, last = first] = local.split(":");
  const a = parseCell(first);
  const b = parseCell(last);
  return {
    row: Math.min(a.row, b.row),
    col: Math.min(a.col, b.col),
    lastRow: Math.max(a.row, b.row),
    lastCol: Math.max(a.col, b.col),
  };
}
