import { cellAddress } from "./a1";
import { DimensionKey, SheetLayout } from "./sheet-layout";

/**
 * Each figure cell's full key and address, built once per layout on first use. Findings name
 * every cell they involve (a citizenship total involves hundreds), so building these afresh for
 * each finding would make an edit's cost grow with the sheet.
 */
const cache = new WeakMap<SheetLayout, { keys: DimensionKey[]; addresses: string[] }>();

function entry(layout: SheetLayout) {
  let found = cache.get(layout);
  if (!found) {
    found = { keys: [], addresses: [] };
    cache.set(layout, found);
  }
  return found;
}

export function cellKey(layout: SheetLayout, row: number, col: number): DimensionKey {
  const { keys } = entry(layout);
  const i = row * layout.colKeys.length + col;
  return (keys[i] ??= { ...layout.rowKeys[row], ...layout.colKeys[col] });
}

export function cellAddressOf(layout: SheetLayout, row: number, col: number): string {
  const { addresses } = entry(layout);
  const i = row * layout.colKeys.length + col;
  return (addresses[i] ??= cellAddress(layout.firstDataRow + row, layout.firstDataCol + col));
}
