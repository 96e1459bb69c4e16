/** What a Range proxy resolves to, and the helpers its readers share. */
import { Rect } from "./addresses";
import type { FakeDocument } from "./document";
import { SheetState } from "./model";

export interface RangeTarget {
  sheet: SheetState;
  rect: Rect;
}

export function cellMatrix<V>(
  target: RangeTarget,
  read: (row: number, column: number) => V
): V[][] {
  const rows: V[][] = [];
  for (let r = target.rect.top; r <= target.rect.bottom; r++) {
    const row: V[] = [];
    for (let c = target.rect.left; c <= target.rect.right; c++) row.push(read(r, c));
    rows.push(row);
  }
  return rows;
}

/** Office.js reports a format that differs across the range as null. */
export function uniform<V>(
  target: RangeTarget,
  read: (row: number, column: number) => V
): V | null {
  const first = read(target.rect.top, target.rect.left);
  let same = true;
  target.sheet.cells.forEachIn(target.rect, (r, c) => {
    if (same && read(r, c) !== first) same = false;
  });
  return same ? first : null;
}

export type DocumentOf = { session: { doc: FakeDocument } };
