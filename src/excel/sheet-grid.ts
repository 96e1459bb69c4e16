import { CellValue, parseRange } from "../core";

/**
 * Places a used range's values on a grid that starts at A1, because the core finds a template's
 * parts by their position on the sheet. Excel reports empty cells as "", kept as they are.
 */
export function gridFromA1(
  address: string | undefined,
  values: unknown[][] | undefined
): CellValue[][] {
  if (!address || !values) return [];
  const { row, col } = parseRange(address);
  const grid: CellValue[][] = Array.from({ length: row }, () => []);
  for (const line of values) {
    grid.push([...new Array<CellValue>(col).fill(null), ...line.map(asCellValue)]);
  }
  return grid;
}

function asCellValue(value: unknown): CellValue {
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") {
    return value;
  }
  return null;
}
