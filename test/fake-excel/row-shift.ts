/** How a rectangle moves when whole rows are inserted or deleted above or inside it. */
import { Rect } from "./addresses";

/**
 * `count > 0` inserts that many rows before zero-based `row`; `count < 0` deletes `-count` rows
 * starting at `row`. Returns undefined when every row of the rectangle was deleted.
 */
export function shiftRect(rect: Rect, row: number, count: number): Rect | undefined {
  if (count > 0) {
    return {
      ...rect,
      top: rect.top >= row ? rect.top + count : rect.top,
      bottom: rect.bottom >= row ? rect.bottom + count : rect.bottom,
    };
  }
  const first = row;
  const last = row - count - 1;
  const keep = (r: number) => (r < first ? r : r - (last - first + 1));
  const top = rect.top >= first && rect.top <= last ? last + 1 : rect.top;
  const bottom = rect.bottom >= first && rect.bottom <= last ? first - 1 : rect.bottom;
  if (top > bottom) return undefined;
  return { ...rect, top: keep(top), bottom: keep(bottom) };
}
