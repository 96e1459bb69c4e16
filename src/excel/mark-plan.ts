import { Sync } from "./run";
import { WritePiece } from "./write-pieces";

/** What reconciling a sheet's marks with the wanted ones changes, and the writes that do it. */
export interface MarkPlan {
  writes: WritePiece[];
  /** Cells that get a mark. */
  added: string[];
  /** Cells whose mark is gone (their warning was resolved, or the mark was copied there). */
  removed: string[];
  /** Cells whose mark stays but whose text changed (notes only). */
  updated: string[];
  /** Warned cells left without a mark because the official's own note is on them. */
  userNotes: string[];
}

export function emptyPlan(): MarkPlan {
  return { writes: [], added: [], removed: [], updated: [], userNotes: [] };
}

/**
 * The reads of one kind of mark, queued when it is made (for the caller's next sync); after that
 * sync, `plan` does any further reads and returns the writes.
 */
export interface MarkReader {
  plan(sync: Sync): Promise<MarkPlan>;
}

/** "'My sheet'!$C$12" → "C12": marks are compared by their cell on the sheet. */
export function localCell(address: string): string {
  return address
    .slice(address.lastIndexOf("!") + 1)
    .replace(/\$/g, "")
    .toUpperCase();
}
