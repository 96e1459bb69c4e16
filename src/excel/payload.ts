import { parseRange, rangeAddress } from "../core";

/**
 * Excel on the web refuses a request or a response over 5 MB (`RequestPayloadSizeLimitExceeded`,
 * `ResponsePayloadSizeLimitExceeded`; Windows and Mac have no such limit). Reads and writes are
 * sized to stay under this, which leaves room for the estimate below being short.
 */
export const DEFAULT_PAYLOAD_LIMIT_BYTES = 2_000_000;

/**
 * What one cell is assumed to cost in a request, as JSON with its separator. Figures, codes and
 * empty cells take 3–12 bytes, labels up to about 60; template sheets are mostly figures.
 */
export const BYTES_PER_CELL = 24;

/**
 * What adding one conditional format or validation rule costs besides its text: the request
 * names the range, the new object, and each property set on it (fill, font, alert).
 */
export const RULE_BYTES = 1_000;

/** A rule's cost in a request, as a number of cells (see BYTES_PER_CELL). */
export function ruleCells(text: string): number {
  return Math.ceil((RULE_BYTES + text.length) / BYTES_PER_CELL);
}

/** The widest sheet read in one piece; every template is far narrower (under 100 columns). */
export const WINDOW_COLUMNS = 128;

export interface PayloadOptions {
  /** Largest request or response the adapter sends or asks for, in bytes. */
  payloadLimitBytes?: number;
}

/** How many cells fit in one request under the limit (at least one). */
export function cellBudget(limitBytes = DEFAULT_PAYLOAD_LIMIT_BYTES): number {
  return Math.max(1, Math.floor(limitBytes / BYTES_PER_CELL));
}

export interface RowBlock {
  /** Zero-based, relative to the range's first row. */
  first: number;
  count: number;
}

/** Splits `rows` rows of `columns` cells into blocks of at most `cells` cells (one row at least). */
export function rowBlocks(rows: number, columns: number, cells: number): RowBlock[] {
  const perBlock = Math.max(1, Math.floor(cells / Math.max(1, columns)));
  const blocks: RowBlock[] = [];
  for (let first = 0; first < rows; first += perBlock) {
    blocks.push({ first, count: Math.min(perBlock, rows - first) });
  }
  return blocks;
}

function cellCount(address: string): number {
  const r = parseRange(address);
  return (r.lastRow - r.row + 1) * (r.lastCol - r.col + 1);
}

/**
 * Groups ranges (A1 addresses on one sheet) into requests of at most `cells` cells each, splitting
 * a range that is larger on its own into row blocks. A list that fits is one request, unchanged.
 */
export function requestsFor(addresses: string[], cells: number): string[][] {
  const requests: string[][] = [];
  let current: string[] = [];
  let size = 0;
  const push = (address: string, count: number) => {
    if (size + count > cells && current.length > 0) {
      requests.push(current);
      current = [];
      size = 0;
    }
    current.push(address);
    size += count;
  };
  for (const address of addresses) {
    const count = cellCount(address);
    if (count <= cells) {
      push(address, count);
      continue;
    }
    const r = parseRange(address);
    const columns = r.lastCol - r.col + 1;
    for (const block of rowBlocks(r.lastRow - r.row + 1, columns, cells)) {
      const top = r.row + block.first;
      push(rangeAddress(top, r.col, top + block.count - 1, r.lastCol), block.count * columns);
    }
  }
  if (current.length > 0) requests.push(current);
  return requests;
}
