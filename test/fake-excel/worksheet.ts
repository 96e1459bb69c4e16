/** Excel.Worksheet with its protection and freeze panes. */
import { MAX_COLUMNS, MAX_ROWS, parseAddress, Rect } from "./addresses";
import type { FakeRequestContext } from "./context";
import { fail } from "./errors";
import { FakeEventSlot } from "./events";
import { SheetState, Visibility } from "./model";
import { FakeNoteCollection } from "./notes";
import { instantiate, ProxyBase, quote, Resolver } from "./proxy";
import { FakeRange } from "./range";

export function parseLocal(sheet: SheetState, address: string): Rect {
  const parsed = parseAddress(address);
  if (!parsed) fail("InvalidArgument", `'${address}' is not a valid address.`);
  if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) {
    fail("InvalidArgument", `'${address}' is not on the worksheet '${sheet.name}'.`);
  }
  return parsed.rect;
}

export class FakeWorksheetProtection extends ProxyBase<SheetState> {
  protected scalarNames(): string[] {
    return ["protected", "options", "isPasswordProtected"];
  }

  protected readScalar(name: string, sheet: SheetState): unknown {
    if (name === "options") return { ...sheet.protection.options };
    if (name === "isPasswordProtected") return sheet.protection.password !== undefined;
    return sheet.protection.protected;
  }

  get protected(): boolean {
    return this.read("protected");
  }

  get options(): Excel.WorksheetProtectionOptions {
    return this.read("options");
  }

  get isPasswordProtected(): boolean {
    return this.read("isPasswordProtected");
  }

  /** Like current Excel builds (issue #6784), protecting a protected sheet is AccessDenied. */
  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    this.call("protect", [options ?? null, password === undefined ? null : "***"], (sheet) => {
      if (sheet.protection.protected) {
        fail("AccessDenied", `The worksheet '${sheet.name}' is already protected.`);
      }
      sheet.protection = { protected: true, password, options: { ...(options ?? {}) } };
    });
  }

  unprotect(password?: string): void {
    this.call("unprotect", [password === undefined ? null : "***"], (sheet) => {
      if (!sheet.protection.protected) {
        fail("AccessDenied", `The worksheet '${sheet.name}' is not protected.`);
      }
      if (sheet.protection.password !== undefined && sheet.protection.password !== password) {
        fail("AccessDenied", "The password is not correct.");
      }
      sheet.protection = { protected: false, options: {} };
    });
  }
}

export class FakeFreezePanes {
  constructor(private readonly sheet: FakeWorksheet) {}

  freezeRows(count = 1): void {
    this.sheet.record("freezeRows", [count], (s) => (s.frozen = { rows: count, columns: 0 }));
  }

  freezeColumns(count = 1): void {
    this.sheet.record("freezeColumns", [count], (s) => (s.frozen = { rows: 0, columns: count }));
  }

  freezeAt(frozenRange: FakeRange | string): void {
    const address = typeof frozenRange === "string" ? frozenRange : frozenRange.path;
    this.sheet.record("freezeAt", [address], (s) => {
      const rect =
        typeof frozenRange === "string" ? parseLocal(s, frozenRange) : frozenRange.resolve().rect;
      s.frozen = { rows: rect.bottom + 1, columns: rect.right + 1 };
    });
  }

  unfreeze(): void {
    this.sheet.record("unfreeze", [], (s) => (s.frozen = { rows: 0, columns: 0 }));
  }
}

export class FakeWorksheet extends ProxyBase<SheetState> {
  readonly protection = new FakeWorksheetProtection(this.context, `${this.path}.protection`, () =>
    this.resolve()
  );
  readonly freezePanes = new FakeFreezePanes(this);
  /** ExcelApi 1.18; on an older Excel every command on it fails with `ApiNotFound`. */
  readonly notes = new FakeNoteCollection(this.context, `${this.path}.notes`, () => this.resolve());
  readonly onChanged: FakeEventSlot;
  readonly onSelectionChanged: FakeEventSlot;
  readonly onActivated: FakeEventSlot;

  constructor(context: FakeRequestContext, path: string, resolver: Resolver<SheetState>) {
    super(context, path, resolver);
    const id = () => this.resolve().id;
    this.onChanged = new FakeEventSlot(context, `${path}.onChanged`, "changed", id);
    this.onSelectionChanged = new FakeEventSlot(context, `${path}.onSel`, "selectionChanged", id);
    this.onActivated = new FakeEventSlot(context, `${path}.onActivated`, "activated", id);
  }

  protected scalarNames(): string[] {
    return ["id", "name", "position", "visibility", "tabColor"];
  }

  protected override navigation(name: string): ProxyBase<unknown> | undefined {
    return name === "protection" ? this.protection : undefined;
  }

  protected override isAlive(sheet: SheetState): boolean {
    return this.context.session.doc.sheets.includes(sheet);
  }

  protected readScalar(name: string, sheet: SheetState): unknown {
    if (name === "position") return this.context.session.doc.sheets.indexOf(sheet);
    return sheet[name as "id" | "name" | "visibility" | "tabColor"];
  }

  record(method: string, args: unknown[], apply: (sheet: SheetState) => void): void {
    this.call(method, args, apply);
  }

  get id(): string {
    return this.read("id");
  }

  get name(): string {
    return this.read("name");
  }

  set name(value: string) {
    this.write("name", value, (sheet) => {
      const clash = this.context.session.doc.sheetByName(value);
      if (clash && clash !== sheet) fail("ItemAlreadyExists", `'${value}' already exists.`);
      sheet.name = value;
    });
  }

  get position(): number {
    return this.read("position");
  }

  set position(value: number) {
    this.write("position", value, (sheet) => {
      const sheets = this.context.session.doc.sheets;
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(Math.max(0, Math.min(value, sheets.length)), 0, sheet);
    });
  }

  get visibility(): Visibility {
    return this.read("visibility");
  }

  set visibility(value: Visibility) {
    this.write("visibility", value, (sheet) =>
      this.context.session.doc.setVisibility(sheet, value)
    );
  }

  get tabColor(): string {
    return this.read("tabColor");
  }

  set tabColor(value: string) {
    this.write("tabColor", value, (sheet) => (sheet.tabColor = value));
  }

  activate(): void {
    this.call("activate", [], (sheet) => this.context.session.doc.activate(sheet, "addin"));
  }

  delete(): void {
    this.call("delete", [], (sheet) => this.context.session.doc.deleteSheet(sheet));
  }

  private range(label: string, rect: (sheet: SheetState) => Rect | null): FakeRange {
    return instantiate(
      new FakeRange(this.context, `${this.path}.${label}`, () => {
        const sheet = this.resolve();
        const r = rect(sheet);
        return r === null ? null : { sheet, rect: r };
      })
    );
  }

  getRange(address?: string): FakeRange {
    const label = `getRange(${address === undefined ? "" : quote(address)})`;
    return this.range(label, (sheet) =>
      address === undefined
        ? { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 }
        : parseLocal(sheet, address)
    );
  }

  getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number) {
    return this.range(`getRangeByIndexes(${row},${column},${rowCount},${columnCount})`, () => {
      const rect = {
        top: row,
        left: column,
        bottom: row + rowCount - 1,
        right: column + columnCount - 1,
      };
      const valid =
        row >= 0 && column >= 0 && rowCount > 0 && columnCount > 0 && rect.bottom < MAX_ROWS;
      return valid && rect.right < MAX_COLUMNS ? rect : fail("InvalidArgument", "Bad indexes.");
    });
  }

  getCell(row: number, column: number): FakeRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  /** An empty sheet's used range is A1, as in Excel. */
  getUsedRange(valuesOnly = false): FakeRange {
    return this.range(`getUsedRange(${valuesOnly})`, (sheet) => {
      return sheet.cells.usedRect(valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return this.range(`getUsedRangeOrNullObject(${valuesOnly})`, (sheet) => {
      return sheet.cells.usedRect(valuesOnly) ?? null;
    });
  }
}
