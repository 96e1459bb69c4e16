/**
 * The fake workbook's state and every mutation on it. Add-in commands (at sync) and simulated user
 * actions both go through here, so protection checks and change notifications behave the same.
 */
import { formatRect, MAX_COLUMNS, Rect, rectColumns, rectRows } from "./addresses";
import { CellState, CellValue } from "./cell-store";
import { fail } from "./errors";
import { evaluate } from "./formula";
import {
  CustomXmlPartState,
  NameState,
  newSheet,
  NoteState,
  SheetState,
  ValidationState,
} from "./model";
import { shiftRect } from "./row-shift";
import { coerceInput, valueType } from "./values";

export type Origin = "addin" | "user";

export interface ChangeDetails {
  valueBefore: CellValue;
  valueAfter: CellValue;
  valueTypeBefore: string;
  valueTypeAfter: string;
}

export type DocumentEvent =
  | {
      kind: "changed";
      sheetId: string;
      address: string;
      changeType: "RangeEdited" | "RowInserted" | "RowDeleted";
      details?: ChangeDetails;
      origin: Origin;
    }
  | { kind: "selectionChanged"; sheetId: string; address: string; origin: Origin }
  | { kind: "activated"; sheetId: string; origin: Origin };

export type CellWriteKind = "values" | "formulas" | "numberFormat";

/** Who the notes are attributed to: the person signed in to Office. */
export const USER_NAME = "Fake User";

/** Excel sizes a new note to fit its text; these are the fake's fixed stand-ins, in points. */
const NOTE_WIDTH = 108;
const NOTE_HEIGHT = 59;

const INVALID_SHEET_CHARS = /[[\]:*?/\\]/;

export class FakeDocument {
  readonly sheets: SheetState[] = [];
  readonly names = new Map<string, NameState>();
  readonly customXmlParts: CustomXmlPartState[] = [];
  readonly validations = new Map<number, ValidationState>();
  activeSheetId = "";
  selection: { sheetId: string; rect: Rect } | undefined;
  enableEvents = true;
  private nextId = 1;
  private listener: (event: DocumentEvent) => void = () => undefined;

  onEvent(listener: (event: DocumentEvent) => void): void {
    this.listener = listener;
  }

  newId(prefix: string): string {
    return `${prefix}${this.nextId++}`;
  }

  newNumber(): number {
    return this.nextId++;
  }

  emit(event: DocumentEvent): void {
    if (this.enableEvents) this.listener(event);
  }

  addSheet(name?: string): SheetState {
    let sheetName = name;
    for (let n = this.sheets.length + 1; sheetName === undefined; n++) {
      if (!this.sheetByName(`Sheet${n}`)) sheetName = `Sheet${n}`;
    }
    if (!sheetName || sheetName.length > 31 || INVALID_SHEET_CHARS.test(sheetName)) {
      fail("InvalidArgument", `The sheet name '${sheetName}' is not valid.`);
    }
    if (this.sheetByName(sheetName)) {
      fail("ItemAlreadyExists", `A sheet named '${sheetName}' already exists.`);
    }
    const sheet = newSheet(`{${this.newId("SHEET-")}}`, sheetName);
    this.sheets.push(sheet);
    if (!this.activeSheetId) this.activeSheetId = sheet.id;
    return sheet;
  }

  sheetByName(name: string): SheetState | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** Office.js accepts a worksheet's name or its id wherever it asks for a "key". */
  sheetByKey(key: string): SheetState | undefined {
    return this.sheets.find((s) => s.id === key) ?? this.sheetByName(key);
  }

  requireSheet(key: string): SheetState {
    return this.sheetByKey(key) ?? fail("ItemNotFound", `The worksheet '${key}' does not exist.`);
  }

  deleteSheet(sheet: SheetState): void {
    const visible = this.sheets.filter((s) => s.visibility === "Visible");
    if (visible.length === 1 && visible[0] === sheet) {
      fail("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (const [key, name] of this.names) if (name.sheetId === sheet.id) this.names.delete(key);
    if (this.activeSheetId === sheet.id) this.activeSheetId = visible.find((s) => s !== sheet)!.id;
    if (this.selection?.sheetId === sheet.id) this.selection = undefined;
  }

  setVisibility(sheet: SheetState, visibility: SheetState["visibility"]): void {
    const others = this.sheets.filter((s) => s !== sheet && s.visibility === "Visible");
    if (visibility !== "Visible" && others.length === 0) {
      fail("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    }
    sheet.visibility = visibility;
    if (visibility !== "Visible" && this.activeSheetId === sheet.id) {
      this.activeSheetId = others[0].id;
    }
  }

  /** The value Excel would show: formulas are evaluated when the tiny evaluator supports them. */
  cellValue(sheet: SheetState, row: number, column: number, depth = 0): CellValue {
    const cell = sheet.cells.get(row, column);
    if (cell.formula === undefined) return cell.value;
    if (depth > 64) return 0;
    const computed = evaluate(cell.formula, (sheetName, r, c) => {
      const target = sheetName === undefined ? sheet : this.sheetByName(sheetName);
      return target ? this.cellValue(target, r, c, depth + 1) : "#REF!";
    });
    return computed ?? cell.formula;
  }

  cellFormula(sheet: SheetState, row: number, column: number): CellValue {
    const cell = sheet.cells.get(row, column);
    return cell.formula ?? cell.value;
  }

  /** Writes values, formulas or number formats; a non-array input is applied to every cell. */
  write(sheet: SheetState, rect: Rect, kind: CellWriteKind, input: unknown, origin: Origin): void {
    const rows = rectRows(rect);
    const columns = rectColumns(rect);
    if (Array.isArray(input)) {
      const shaped =
        input.length === rows && input.every((row) => Array.isArray(row) && row.length === columns);
      if (!shaped) {
        fail(
          "InvalidArgument",
          `The input array is not ${rows}x${columns}, the dimensions of ${formatRect(rect)}.`
        );
      }
    }
    this.assertCellsEditable(sheet, rect);
    const before = this.singleCellValue(sheet, rect);
    sheet.cells.forEachIn(rect, (r, c) => {
      const item = Array.isArray(input)
        ? (input as unknown[][])[r - rect.top][c - rect.left]
        : input;
      if (item === null || item === undefined) return;
      sheet.cells.update(r, c, (cell) => applyWrite(cell, kind, item));
    });
    this.emitEdit(sheet, rect, before, origin);
  }

  /** Any formatting change; `lockedChange` marks changes to cell protection itself. */
  format(
    sheet: SheetState,
    rect: Rect,
    change: (cell: CellState) => void,
    origin: Origin,
    lockedChange = false
  ): void {
    this.assertFormattable(sheet, lockedChange);
    const before = this.singleCellValue(sheet, rect);
    sheet.cells.forEachIn(rect, (r, c) => sheet.cells.update(r, c, change));
    this.emitEdit(sheet, rect, before, origin);
  }

  assertFormattable(sheet: SheetState, lockedChange = false): void {
    const p = sheet.protection;
    if (p.protected && (lockedChange || !p.options.allowFormatCells)) {
      fail("AccessDenied", `The worksheet '${sheet.name}' is protected.`);
    }
  }

  assertCellsEditable(sheet: SheetState, rect: Rect): void {
    if (!sheet.protection.protected) return;
    sheet.cells.forEachIn(rect, (r, c) => {
      if (sheet.cells.get(r, c).locked) {
        fail("AccessDenied", `The cell you are trying to change on '${sheet.name}' is protected.`);
      }
    });
  }

  clear(sheet: SheetState, rect: Rect, applyTo: string, origin: Origin): void {
    const contents = applyTo === "All" || applyTo === "Contents";
    const formats = applyTo === "All" || applyTo === "Formats";
    if (contents) this.assertCellsEditable(sheet, rect);
    if (formats) this.assertFormattable(sheet);
    const before = this.singleCellValue(sheet, rect);
    sheet.cells.forEachIn(rect, (r, c) =>
      sheet.cells.update(r, c, (cell) => {
        if (contents) {
          cell.value = "";
          delete cell.formula;
        }
        if (formats) {
          Object.assign(cell, { numberFormat: "General", fontColor: "#000000", wrapText: false });
          Object.assign(cell, { bold: false, italic: false, locked: true });
          delete cell.fill;
        }
      })
    );
    this.emitEdit(sheet, rect, before, origin);
  }

  /** Notes are drawing objects: on a protected sheet only "Edit objects" lets them change. */
  assertObjectsEditable(sheet: SheetState): void {
    const p = sheet.protection;
    if (p.protected && !p.options.allowEditObjects) {
      fail("AccessDenied", `The worksheet '${sheet.name}' is protected.`);
    }
  }

  noteAt(sheet: SheetState, row: number, column: number): NoteState | undefined {
    return sheet.notes.find((n) => n.row === row && n.column === column);
  }

  /** A cell holds one note at most; adding a second one is refused (**unverified** code). */
  addNote(sheet: SheetState, rect: Rect, content: string, origin: Origin): NoteState {
    if (rect.top !== rect.bottom || rect.left !== rect.right) {
      fail("InvalidArgument", `A note belongs to one cell, not to ${formatRect(rect)}.`);
    }
    this.assertObjectsEditable(sheet);
    if (this.noteAt(sheet, rect.top, rect.left)) {
      fail("InvalidOperation", `The cell ${formatRect(rect)} already has a note.`);
    }
    const note: NoteState = {
      row: rect.top,
      column: rect.left,
      content,
      authorName: USER_NAME,
      visible: false,
      width: NOTE_WIDTH,
      height: NOTE_HEIGHT,
    };
    sheet.notes.push(note);
    this.emitNoteChange(sheet, note, origin);
    return note;
  }

  changeNote(sheet: SheetState, note: NoteState, change: (n: NoteState) => void, origin: Origin) {
    this.assertObjectsEditable(sheet);
    const before = note.content;
    change(note);
    if (note.content !== before) this.emitNoteChange(sheet, note, origin);
  }

  deleteNote(sheet: SheetState, note: NoteState, origin: Origin): void {
    this.assertObjectsEditable(sheet);
    sheet.notes.splice(sheet.notes.indexOf(note), 1);
    this.emitNoteChange(sheet, note, origin);
  }

  /** A note's text is data of its cell, so its changes raise onChanged (**unverified**). */
  private emitNoteChange(sheet: SheetState, note: NoteState, origin: Origin): void {
    const rect = { top: note.row, bottom: note.row, left: note.column, right: note.column };
    this.emitEdit(sheet, rect, this.cellValue(sheet, note.row, note.column), origin);
  }

  /** Inserts (count > 0) or deletes (count < 0) whole rows starting at zero-based `row`. */
  shiftRows(sheet: SheetState, row: number, count: number, origin: Origin): void {
    if (sheet.protection.protected) {
      fail("AccessDenied", `The worksheet '${sheet.name}' is protected.`);
    }
    sheet.cells.shiftRows(row, count);
    const shift = (rect: Rect) => shiftRect(rect, row, count);
    for (const cf of sheet.conditionalFormats) {
      cf.ranges = cf.ranges.map(shift).filter((r): r is Rect => r !== undefined);
    }
    sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf.ranges.length > 0);
    sheet.merges = sheet.merges.map(shift).filter((r): r is Rect => r !== undefined);
    // Notes keep their identity as they move, so proxies to them stay usable.
    sheet.notes = sheet.notes.filter((note) => {
      const moved = shift({
        top: note.row,
        bottom: note.row,
        left: note.column,
        right: note.column,
      });
      if (moved) note.row = moved.top;
      return moved !== undefined;
    });
    for (const [key, name] of this.names) {
      if (name.sheetId !== sheet.id) continue;
      const moved = shift(name.rect);
      if (moved) name.rect = moved;
      else this.names.delete(key);
    }
    const affected = {
      top: row,
      bottom: row + Math.abs(count) - 1,
      left: 0,
      right: MAX_COLUMNS - 1,
    };
    this.emit({
      kind: "changed",
      sheetId: sheet.id,
      address: formatRect(affected),
      changeType: count > 0 ? "RowInserted" : "RowDeleted",
      origin,
    });
  }

  select(sheet: SheetState, rect: Rect, origin: Origin): void {
    this.activate(sheet, origin);
    this.selection = { sheetId: sheet.id, rect };
    this.emit({ kind: "selectionChanged", sheetId: sheet.id, address: formatRect(rect), origin });
  }

  activate(sheet: SheetState, origin: Origin): void {
    if (sheet.visibility !== "Visible") {
      fail("InvalidOperation", `The worksheet '${sheet.name}' is hidden and cannot be activated.`);
    }
    if (this.activeSheetId === sheet.id) return;
    this.activeSheetId = sheet.id;
    this.emit({ kind: "activated", sheetId: sheet.id, origin });
  }

  private singleCellValue(sheet: SheetState, rect: Rect): CellValue | undefined {
    const single = rect.top === rect.bottom && rect.left === rect.right;
    return single ? this.cellValue(sheet, rect.top, rect.left) : undefined;
  }

  private emitEdit(sheet: SheetState, rect: Rect, before: CellValue | undefined, origin: Origin) {
    const event: DocumentEvent = {
      kind: "changed",
      sheetId: sheet.id,
      address: formatRect(rect),
      changeType: "RangeEdited",
      origin,
    };
    if (before !== undefined) {
      const after = this.cellValue(sheet, rect.top, rect.left);
      event.details = {
        valueBefore: before,
        valueAfter: after,
        valueTypeBefore: valueType(before),
        valueTypeAfter: valueType(after),
      };
    }
    this.emit(event);
  }
}

function applyWrite(cell: CellState, kind: CellWriteKind, item: unknown): void {
  if (kind === "numberFormat") {
    cell.numberFormat = String(item);
    return;
  }
  const stored = coerceInput(item, cell.numberFormat);
  cell.value = stored.value;
  if (stored.formula === undefined) delete cell.formula;
  else cell.formula = stored.formula;
}
