/**
 * Test-only handle on a fake Excel session (not part of Office.js): plays the user and inspects
 * the workbook. User actions resolve after the event handlers they triggered have settled.
 */
import { formatRect, qualify, Rect } from "./addresses";
import { describeConditionalFormat } from "./conditional-format";
import { ruleType } from "./data-validation";
import { SheetState } from "./model";
import { OfficeThemeColours, ThemePreset } from "./office-theme";
import { Session } from "./session";
import { fillCells } from "./user-fill";
import { parseLocal } from "./worksheet";

export interface CellSnapshot {
  value: string | number | boolean;
  formula: string | undefined;
  numberFormat: string;
  fill: string | undefined;
  fontColor: string;
  bold: boolean;
  italic: boolean;
  locked: boolean;
  validationType: string;
}

function anchored(rect: Rect, value: unknown): Rect {
  const single = rect.top === rect.bottom && rect.left === rect.right;
  if (!single || !Array.isArray(value) || value.length === 0 || !Array.isArray(value[0])) {
    return rect;
  }
  return { ...rect, bottom: rect.top + value.length - 1, right: rect.left + value[0].length - 1 };
}

export class FakeUser {
  constructor(private readonly session: Session) {}

  private sheet(name: string): SheetState {
    return this.session.doc.requireSheet(name);
  }

  /** Types into one cell, or pastes a block at `address` (its top-left cell when it is one cell). */
  edit(sheetName: string, address: string, value: unknown): Promise<void> {
    return this.session.userAction(() => {
      const sheet = this.sheet(sheetName);
      const rect = anchored(parseLocal(sheet, address), value);
      this.session.doc.write(sheet, rect, "values", value, "user");
    });
  }

  fill(sheetName: string, sourceAddress: string, targetAddress: string): Promise<void> {
    return this.session.userAction(() => {
      const sheet = this.sheet(sheetName);
      const source = parseLocal(sheet, sourceAddress);
      const target = parseLocal(sheet, targetAddress);
      this.session.doc.assertCellsEditable(sheet, target);
      fillCells(sheet, source, target);
      this.session.doc.emit({
        kind: "changed",
        sheetId: sheet.id,
        address: formatRect(target),
        changeType: "RangeEdited",
        origin: "user",
      });
    });
  }

  /** `rowNumber` is 1-based, as shown in Excel's row header. */
  insertRows(sheetName: string, rowNumber: number, count = 1): Promise<void> {
    return this.session.userAction(() =>
      this.session.doc.shiftRows(this.sheet(sheetName), rowNumber - 1, count, "user")
    );
  }

  deleteRows(sheetName: string, rowNumber: number, count = 1): Promise<void> {
    return this.session.userAction(() =>
      this.session.doc.shiftRows(this.sheet(sheetName), rowNumber - 1, -count, "user")
    );
  }

  /** Review → Unprotect Sheet, for a sheet protected without a password. */
  unprotect(sheetName: string): Promise<void> {
    return this.session.userAction(() => {
      const sheet = this.sheet(sheetName);
      if (sheet.protection.password !== undefined) {
        throw new Error(`${sheetName} has a password; the simulated user does not know it.`);
      }
      sheet.protection = { protected: false, options: {} };
    });
  }

  /** Review → New Note on one cell (refused on a protected sheet unless it allows editing objects). */
  addNote(sheetName: string, address: string, content: string): Promise<void> {
    return this.session.userAction(() => {
      const sheet = this.sheet(sheetName);
      this.session.doc.addNote(sheet, parseLocal(sheet, address), content, "user");
    });
  }

  select(sheetName: string, address: string): Promise<void> {
    return this.session.userAction(() => {
      const sheet = this.sheet(sheetName);
      this.session.doc.select(sheet, parseLocal(sheet, address), "user");
    });
  }

  activate(sheetName: string): Promise<void> {
    return this.session.userAction(() => this.session.doc.activate(this.sheet(sheetName), "user"));
  }
}

export class FakeExcelHost {
  readonly user: FakeUser;

  constructor(private readonly session: Session) {
    this.user = new FakeUser(session);
  }

  private sheet(name: string): SheetState {
    return this.session.doc.requireSheet(name);
  }

  /** Test set-up: adds a sheet without raising events. */
  addSheet(name: string): void {
    this.session.doc.addSheet(name);
  }

  /** Test set-up: writes values (anchored like a paste) without raising events or checks. */
  seed(sheetName: string, address: string, value: unknown): void {
    const sheet = this.sheet(sheetName);
    const rect = anchored(parseLocal(sheet, address), value);
    const events = this.session.doc.enableEvents;
    const protection = sheet.protection;
    this.session.doc.enableEvents = false;
    sheet.protection = { protected: false, options: {} };
    try {
      this.session.doc.write(sheet, rect, "values", value, "user");
    } finally {
      this.session.doc.enableEvents = events;
      sheet.protection = protection;
    }
  }

  /** Test set-up: a note already in the workbook (the official's own), without events or checks. */
  seedNote(sheetName: string, address: string, content: string): void {
    const sheet = this.sheet(sheetName);
    const events = this.session.doc.enableEvents;
    const protection = sheet.protection;
    this.session.doc.enableEvents = false;
    sheet.protection = { protected: false, options: {} };
    try {
      this.session.doc.addNote(sheet, parseLocal(sheet, address), content, "user");
    } finally {
      this.session.doc.enableEvents = events;
      sheet.protection = protection;
    }
  }

  /** The sheet's notes in row order: cell, text, author and whether it is shown. */
  notes(sheetName: string) {
    const sheet = this.sheet(sheetName);
    return [...sheet.notes]
      .sort((a, b) => a.row - b.row || a.column - b.column)
      .map((n) => ({
        address: formatRect({ top: n.row, bottom: n.row, left: n.column, right: n.column }),
        content: n.content,
        authorName: n.authorName,
        visible: n.visible,
      }));
  }

  /** The user picks another Office theme; resolves after the theme-change handlers have run. */
  setOfficeTheme(theme: ThemePreset | OfficeThemeColours): Promise<void> {
    return this.session.theme.change(theme);
  }

  /** Theme-change handlers the host accepted and still holds. */
  get officeThemeHandlers(): number {
    return this.session.theme.handlerCount;
  }

  cell(sheetName: string, address: string): CellSnapshot {
    const sheet = this.sheet(sheetName);
    const { top, left } = parseLocal(sheet, address);
    const cell = sheet.cells.get(top, left);
    const validation =
      cell.validationId === undefined
        ? undefined
        : this.session.doc.validations.get(cell.validationId);
    return {
      value: this.session.doc.cellValue(sheet, top, left),
      formula: cell.formula,
      numberFormat: cell.numberFormat,
      fill: cell.fill,
      fontColor: cell.fontColor,
      bold: cell.bold,
      italic: cell.italic,
      locked: cell.locked,
      validationType: ruleType(validation?.rule ?? null),
    };
  }

  values(sheetName: string, address: string): Array<Array<string | number | boolean>> {
    const sheet = this.sheet(sheetName);
    const rect = parseLocal(sheet, address);
    const rows: Array<Array<string | number | boolean>> = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const row: Array<string | number | boolean> = [];
      for (let c = rect.left; c <= rect.right; c++)
        row.push(this.session.doc.cellValue(sheet, r, c));
      rows.push(row);
    }
    return rows;
  }

  sheetNames(): string[] {
    return this.session.doc.sheets.map((s) => s.name);
  }

  sheetInfo(name: string) {
    const s = this.sheet(name);
    return {
      id: s.id,
      name: s.name,
      visibility: s.visibility,
      position: this.session.doc.sheets.indexOf(s),
      tabColor: s.tabColor,
      frozen: { ...s.frozen },
      columnWidths: Object.fromEntries(s.columnWidths),
      autofitColumns: s.autofitColumns.map(formatRect),
      merges: s.merges.map(formatRect),
    };
  }

  conditionalFormats(sheetName: string) {
    const sheet = this.sheet(sheetName);
    return sheet.conditionalFormats.map((cf) => describeConditionalFormat(sheet, cf));
  }

  /** One entry per distinct validation; `range` is the bounding box of the cells that carry it. */
  dataValidations(sheetName: string) {
    const sheet = this.sheet(sheetName);
    const boxes = new Map<number, Rect>();
    for (const { row, column, cell } of sheet.cells.entries()) {
      if (cell.validationId === undefined) continue;
      const box = boxes.get(cell.validationId);
      boxes.set(
        cell.validationId,
        box
          ? {
              top: Math.min(box.top, row),
              bottom: Math.max(box.bottom, row),
              left: Math.min(box.left, column),
              right: Math.max(box.right, column),
            }
          : { top: row, bottom: row, left: column, right: column }
      );
    }
    return [...boxes].map(([id, rect]) => {
      const v = this.session.doc.validations.get(id)!;
      return {
        range: qualify(sheet.name, rect),
        type: ruleType(v.rule),
        rule: v.rule,
        errorAlert: { ...v.errorAlert },
        prompt: { ...v.prompt },
        ignoreBlanks: v.ignoreBlanks,
      };
    });
  }

  protection(sheetName: string) {
    const p = this.sheet(sheetName).protection;
    return {
      protected: p.protected,
      options: { ...p.options },
      hasPassword: p.password !== undefined,
    };
  }

  customXmlParts() {
    return this.session.doc.customXmlParts.map((p) => ({ ...p }));
  }

  names() {
    return [...this.session.doc.names.values()].map((n) => {
      const sheet = this.session.doc.sheets.find((s) => s.id === n.sheetId);
      return { name: n.name, reference: sheet ? qualify(sheet.name, n.rect) : "#REF!" };
    });
  }

  selection(): { sheet: string; address: string } {
    const doc = this.session.doc;
    const active = doc.requireSheet(doc.activeSheetId);
    const selection = doc.selection?.sheetId === active.id ? doc.selection.rect : undefined;
    return { sheet: active.name, address: selection ? formatRect(selection) : "A1" };
  }

  activeSheet(): string {
    return this.session.doc.requireSheet(this.session.doc.activeSheetId).name;
  }

  /** How often the add-in switched events off; user edits meanwhile raise no event. */
  get eventPauses(): number {
    return this.session.eventPauses;
  }

  get enableEvents(): boolean {
    return this.session.doc.enableEvents;
  }

  get syncCount(): number {
    return this.session.syncCount;
  }

  get requestBytes(): number[] {
    return [...this.session.requestBytes];
  }

  /** Bytes of loaded values each sync brought back, in the order of `requestBytes`. */
  get responseBytes(): number[] {
    return [...this.session.responseBytes];
  }

  resetCounters(): void {
    this.session.syncCount = 0;
    this.session.requestBytes = [];
    this.session.responseBytes = [];
  }

  /** Handlers currently registered (after the syncs that added or removed them). */
  get handlerCount(): number {
    return this.session.handlerCount;
  }

  /** Errors thrown or rejected by event handlers (Office swallows them; tests can assert). */
  get handlerErrors(): unknown[] {
    return [...this.session.handlerErrors];
  }

  failNextSync(error: unknown): void {
    this.session.failNextSync(error);
  }

  hangNextSync(): void {
    this.session.hangNextSync();
  }

  /** Holds every sync until `releaseSyncs()`: the add-in stays busy for as long as a test needs. */
  holdSyncs(): void {
    this.session.holdSyncs();
  }

  releaseSyncs(): void {
    this.session.releaseSyncs();
  }

  isSetSupported(name: string, minVersion?: string): boolean {
    return this.session.isSetSupported(name, minVersion);
  }

  idle(): Promise<void> {
    return this.session.idle();
  }
}
