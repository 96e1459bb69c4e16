/** Sparse per-sheet cell storage; a missing entry is a blank, default-formatted cell. */
import { MAX_COLUMNS, Rect } from "./addresses";

export type CellValue = string | number | boolean;

export interface CellState {
  value: CellValue;
  formula?: string;
  numberFormat: string;
  fill?: string;
  fontColor: string;
  bold: boolean;
  italic: boolean;
  locked: boolean;
  wrapText: boolean;
  validationId?: number;
}

export function blankCell(): CellState {
  return {
    value: "",
    numberFormat: "General",
    fontColor: "#000000",
    bold: false,
    italic: false,
    locked: true,
    wrapText: false,
  };
}

function hasContent(cell: CellState): boolean {
  return cell.value !== "" || cell.formula !== undefined;
}

function hasFormat(cell: CellState): boolean {
  const blank = blankCell();
  return (
    cell.numberFormat !== blank.numberFormat ||
    cell.fill !== undefined ||
    cell.fontColor !== blank.fontColor ||
    cell.bold ||
    cell.italic ||
    !cell.locked ||
    cell.wrapText
  );
}

export class CellStore {
  private cells = new Map<number, CellState>();

  private key(row: number, column: number): number {
    return row * MAX_COLUMNS + column;
  }

  get(row: number, column: number): CellState {
    return this.cells.get(this.key(row, column)) ?? blankCell();
  }

  /** Applies `change` to a copy of the cell and stores it (dropping it again when back to blank). */
  update(row: number, column: number, change: (cell: CellState) => void): void {
    const cell = { ...this.get(row, column) };
    change(cell);
    const key = this.key(row, column);
    if (!hasContent(cell) && !hasFormat(cell) && cell.validationId === undefined) {
      this.cells.delete(key);
    } else {
      this.cells.set(key, cell);
    }
  }

  forEachIn(rect: Rect, visit: (row: number, column: number) => void): void {
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (let c = rect.left; c <= rect.right; c++) visit(r, c);
    }
  }

  /** Shifts rows at or below `row` by `count` (negative deletes `-count` rows starting at `row`). */
  shiftRows(row: number, count: number): void {
    const next = new Map<number, CellState>();
    for (const [key, cell] of this.cells) {
      const r = Math.floor(key / MAX_COLUMNS);
      const c = key % MAX_COLUMNS;
      if (r < row) next.set(key, cell);
      else if (count > 0) next.set(this.key(r + count, c), cell);
      else if (r >= row - count) next.set(this.key(r + count, c), cell);
    }
    this.cells = next;
  }

  /** Bounding box of cells with content (and, unless `valuesOnly`, formatting); undefined if none. */
  /** The smallest rectangle holding every used cell, within `within` when given. */
  usedRect(valuesOnly: boolean, within?: Rect): Rect | undefined {
    let rect: Rect | undefined;
    for (const [key, cell] of this.cells) {
      if (!hasContent(cell) && (valuesOnly || !hasFormat(cell))) continue;
      const r = Math.floor(key / MAX_COLUMNS);
      const c = key % MAX_COLUMNS;
      if (within && (r < within.top || r > within.bottom || c < within.left || c > within.right)) {
        continue;
      }
      rect = rect
        ? {
            top: Math.min(rect.top, r),
            bottom: Math.max(rect.bottom, r),
            left: Math.min(rect.left, c),
            right: Math.max(rect.right, c),
          }
        : { top: r, bottom: r, left: c, right: c };
    }
    return rect;
  }

  entries(): Array<{ row: number; column: number; cell: CellState }> {
    return [...this.cells].map(([key, cell]) => ({
      row: Math.floor(key / MAX_COLUMNS),
      column: key % MAX_COLUMNS,
      cell,
    }));
  }
}
