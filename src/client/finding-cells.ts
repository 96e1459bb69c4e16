import {
  dataCellAddress,
  DimensionKey,
  Finding,
  InvolvedCell,
  keyString,
  render,
  SheetData,
} from "../core";
import { labelText, refName } from "../core/i18n";

/** Finds the address of a figure cell on a sheet by its key, or undefined when it has none. */
export type CellFinder = (key: DimensionKey) => string | undefined;

function indexOf(keys: DimensionKey[], dims: string[]): Map<string, number> {
  const index = new Map<string, number>();
  keys.forEach((key, i) => {
    const id = keyString(key, dims);
    if (!index.has(id)) index.set(id, i);
  });
  return index;
}

/**
 * Where each figure of a sheet is, by its row and column codes (other codes of a key, such as
 * the country, are ignored). A code repeated on the sheet is found at its first row.
 */
export function cellFinder(sheet: SheetData): CellFinder {
  const { rowKeys, colKeys, rowDims, colDims } = sheet.layout;
  const rows = indexOf(rowKeys, rowDims);
  const cols = indexOf(colKeys, colDims);
  return (key) => {
    const row = rows.get(keyString(key, rowDims));
    const col = cols.get(keyString(key, colDims));
    return row === undefined || col === undefined ? undefined : dataCellAddress(sheet, row, col);
  };
}

interface Move {
  /** The sheet and cell as the exchange named them. */
  fromSheet: string | undefined;
  from: string;
  toSheet: string;
  to: string;
  /** Where the submitted sheet has each figure. */
  find: CellFinder;
}

const sameCell = (move: Move, sheet: string | undefined, address: string | number | undefined) =>
  sheet === move.fromSheet && address === move.from;

/** A label reference with the cell piece (`at:`) of the moved cell pointing at its new place. */
function movedRef(ref: string, move: Move): string {
  return ref
    .split(";")
    .map((piece) => (piece === `at:${move.from}` ? `at:${move.to}` : piece))
    .join(";");
}

/**
 * The parameters a message names the moved cell with: a sheet and address pair (the two tables
 * of a cross-table finding each have one, and only the submitted table's cell moves), and the
 * cell pieces of label references, whose English words are made again.
 */
function movedParams(params: Finding["params"], move: Move): Finding["params"] {
  const moved = { ...params };
  for (const [sheet, address] of [
    ["sheet", "address"],
    ["otherSheet", "otherAddress"],
  ]) {
    if (sameCell(move, params[sheet] as string | undefined, params[address])) {
      moved[sheet] = move.toSheet;
      moved[address] = move.to;
    }
  }
  for (const [name, value] of Object.entries(params)) {
    const label = name.slice(0, -refName("").length);
    if (!label || name !== refName(label) || typeof value !== "string") continue;
    const ref = movedRef(value, move);
    if (ref === value) continue;
    moved[name] = ref;
    moved[label] = labelText(ref, "en");
  }
  return moved;
}

/**
 * The cells a finding's rule read on the submitted sheet (those of an accepted table stay as
 * they are), each found by its own key. One the sheet has no cell for is left out: the address
 * the exchange gave it is of the exchange's layout, which on this sheet may be another figure.
 */
function movedInvolved(
  cells: InvolvedCell[],
  move: Pick<Move, "fromSheet" | "toSheet" | "find">
): InvolvedCell[] {
  return cells.flatMap((cell) => {
    if (cell.sheet !== move.fromSheet) return [cell];
    const address = move.find(cell.key);
    if (address === undefined) return [];
    return [{ ...cell, sheet: cell.sheet === undefined ? undefined : move.toSheet, address }];
  });
}

function onSheet(finding: Finding, toSheet: string, find: CellFinder): Finding {
  if (!finding.key || !finding.address) return finding;
  const to = find(finding.key);
  if (to === undefined) {
    const lost: Finding = { ...finding, address: undefined };
    if (finding.involved) {
      lost.involved = movedInvolved(finding.involved, { fromSheet: finding.sheet, toSheet, find });
    }
    return lost;
  }
  const move = { fromSheet: finding.sheet, from: finding.address, toSheet, to, find };
  const moved: Finding = {
    ...finding,
    sheet: finding.sheet === undefined ? undefined : toSheet,
    address: to,
  };
  if (finding.involved) moved.involved = movedInvolved(finding.involved, move);
  if (!finding.messageId || !finding.params) return moved;
  const params = movedParams(finding.params, move);
  return { ...moved, params, message: render(finding.messageId, params) };
}

/**
 * The exchange's findings on the submitter's own sheet. The exchange names cells as it lays the
 * data out (the template's common rows, then the other rows in the template's order); a sheet
 * whose rows were added in another order or inserted elsewhere has the same figure in another
 * cell. Every finding about a figure carries its key, so its cell is found here by that key: its
 * address, the same cell in its message's parameters, the cells of the sheet it involves (by
 * their own keys), and its English message made again from them (the pane renders its own
 * language from the parameters). A finding whose key has no cell on the sheet loses its address
 * rather than point at a wrong cell; a finding about no figure (the sheet's metadata) is kept as
 * it is.
 */
export function onOwnSheet(findings: Finding[], sheet: SheetData): Finding[] {
  const find = cellFinder(sheet);
  const name = sheet.sheetName ?? sheet.template.id;
  return findings.map((finding) => onSheet(finding, name, find));
}
