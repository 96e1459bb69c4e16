/** Excel.Range over the fake document. */
import {
  formatRect,
  MAX_COLUMNS,
  MAX_ROWS,
  qualify,
  Rect,
  rectColumns,
  rectRows,
} from "./addresses";
import { FakeConditionalFormatCollection } from "./conditional-format";
import type { FakeRequestContext } from "./context";
import { FakeDataValidation } from "./data-validation";
import { fail } from "./errors";
import { instantiate, ProxyBase, Resolver } from "./proxy";
import { FakeRangeFormat } from "./range-format";
import { cellMatrix, RangeTarget } from "./range-target";
import { displayText, valueType } from "./values";
import { FakeWorksheet } from "./worksheet";

const SCALARS = [
  "address",
  "addressLocal",
  "cellCount",
  "columnCount",
  "columnIndex",
  "formulas",
  "isEntireRow",
  "isEntireColumn",
  "numberFormat",
  "rowCount",
  "rowIndex",
  "text",
  "valueTypes",
  "values",
];

function checkedRect(rect: Rect): Rect {
  if (rect.top < 0 || rect.left < 0 || rect.bottom >= MAX_ROWS || rect.right >= MAX_COLUMNS) {
    fail("InvalidArgument", "The range would fall outside the worksheet.");
  }
  if (rect.bottom < rect.top || rect.right < rect.left) {
    fail("InvalidArgument", "The range would have no cells.");
  }
  return rect;
}

export class FakeRange extends ProxyBase<RangeTarget> {
  readonly format = new FakeRangeFormat(this.context, `${this.path}.format`, this);
  readonly conditionalFormats = new FakeConditionalFormatCollection(
    this.context,
    `${this.path}.conditionalFormats`,
    () => this.resolve()
  );
  readonly dataValidation = new FakeDataValidation(
    this.context,
    `${this.path}.dataValidation`,
    this
  );
  readonly worksheet: FakeWorksheet;

  constructor(context: FakeRequestContext, path: string, resolver: Resolver<RangeTarget>) {
    super(context, path, resolver);
    this.worksheet = new FakeWorksheet(context, `${path}.worksheet`, () => this.resolve().sheet);
  }

  protected scalarNames(): string[] {
    return SCALARS;
  }

  protected override navigation(name: string): ProxyBase<unknown> | undefined {
    const children: Record<string, ProxyBase<unknown>> = {
      format: this.format,
      worksheet: this.worksheet,
      conditionalFormats: this.conditionalFormats,
      dataValidation: this.dataValidation,
    };
    return children[name];
  }

  protected override isAlive(t: RangeTarget): boolean {
    return this.context.session.doc.sheets.includes(t.sheet);
  }

  protected readScalar(name: string, t: RangeTarget): unknown {
    const doc = this.context.session.doc;
    const { rect, sheet } = t;
    const value = (r: number, c: number) => doc.cellValue(sheet, r, c);
    switch (name) {
      case "address":
        return qualify(sheet.name, rect);
      case "addressLocal":
        return qualify(sheet.name, rect);
      case "cellCount":
        return rectRows(rect) * rectColumns(rect);
      case "columnCount":
        return rectColumns(rect);
      case "rowCount":
        return rectRows(rect);
      case "columnIndex":
        return rect.left;
      case "rowIndex":
        return rect.top;
      case "isEntireRow":
        return rect.left === 0 && rect.right === MAX_COLUMNS - 1;
      case "isEntireColumn":
        return rect.top === 0 && rect.bottom === MAX_ROWS - 1;
      case "values":
        return cellMatrix(t, value);
      case "formulas":
        return cellMatrix(t, (r, c) => doc.cellFormula(sheet, r, c));
      case "numberFormat":
        return cellMatrix(t, (r, c) => sheet.cells.get(r, c).numberFormat);
      case "valueTypes":
        return cellMatrix(t, (r, c) => valueType(value(r, c)));
      default:
        return cellMatrix(t, (r, c) =>
          displayText(value(r, c), sheet.cells.get(r, c).numberFormat)
        );
    }
  }

  get address(): string {
    return this.read("address");
  }
  get addressLocal(): string {
    return this.read("addressLocal");
  }
  get cellCount(): number {
    return this.read("cellCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get isEntireRow(): boolean {
    return this.read("isEntireRow");
  }
  get isEntireColumn(): boolean {
    return this.read("isEntireColumn");
  }
  get text(): string[][] {
    return this.read("text");
  }
  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }

  get values(): unknown[][] {
    return this.read("values");
  }
  set values(input: unknown[][]) {
    this.write("values", input, (t) => this.doc().write(t.sheet, t.rect, "values", input, "addin"));
  }

  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  set formulas(input: unknown[][]) {
    this.write("formulas", input, (t) =>
      this.doc().write(t.sheet, t.rect, "formulas", input, "addin")
    );
  }

  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  set numberFormat(input: unknown[][]) {
    this.write("numberFormat", input, (t) =>
      this.doc().write(t.sheet, t.rect, "numberFormat", input, "addin")
    );
  }

  private doc() {
    return this.context.session.doc;
  }

  /** A range derived from this one; `label` becomes part of the request path. */
  private derive(label: string, rect: (t: Rect) => Rect): FakeRange {
    return instantiate(
      new FakeRange(this.context, `${this.path}.${label}`, () => {
        const t = this.resolve();
        return { sheet: t.sheet, rect: checkedRect(rect(t.rect)) };
      })
    );
  }

  getCell(row: number, column: number): FakeRange {
    return this.derive(`getCell(${row},${column})`, (r) => ({
      top: r.top + row,
      bottom: r.top + row,
      left: r.left + column,
      right: r.left + column,
    }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derive(`getOffsetRange(${rowOffset},${columnOffset})`, (r) => ({
      top: r.top + rowOffset,
      bottom: r.bottom + rowOffset,
      left: r.left + columnOffset,
      right: r.right + columnOffset,
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derive(`getResizedRange(${deltaRows},${deltaColumns})`, (r) => ({
      ...r,
      bottom: r.bottom + deltaRows,
      right: r.right + deltaColumns,
    }));
  }

  getEntireRow(): FakeRange {
    return this.derive("getEntireRow()", (r) => ({ ...r, left: 0, right: MAX_COLUMNS - 1 }));
  }

  getEntireColumn(): FakeRange {
    return this.derive("getEntireColumn()", (r) => ({ ...r, top: 0, bottom: MAX_ROWS - 1 }));
  }

  getRow(row: number): FakeRange {
    return this.derive(`getRow(${row})`, (r) => ({ ...r, top: r.top + row, bottom: r.top + row }));
  }

  getColumn(column: number): FakeRange {
    return this.derive(`getColumn(${column})`, (r) => ({
      ...r,
      left: r.left + column,
      right: r.left + column,
    }));
  }

  /** The used cells inside this range (ExcelApi 1.4); a null object when none is used. */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return instantiate(
      new FakeRange(this.context, `${this.path}.getUsedRangeOrNullObject(${valuesOnly})`, () => {
        const t = this.resolve();
        const rect = t.sheet.cells.usedRect(valuesOnly, t.rect);
        return rect ? { sheet: t.sheet, rect } : null;
      })
    );
  }

  getLastRow(): FakeRange {
    return this.derive("getLastRow()", (r) => ({ ...r, top: r.bottom }));
  }

  /** Only whole rows shifting down are modelled (what template row insertion needs). */
  insert(shift: string): FakeRange {
    this.call("insert", [shift], (t) => {
      this.assertWholeRows(t.rect, shift, "Down");
      this.doc().shiftRows(t.sheet, t.rect.top, rectRows(t.rect), "addin");
    });
    return instantiate(new FakeRange(this.context, `${this.path}.insert()`, () => this.resolve()));
  }

  delete(shift: string): void {
    this.call("delete", [shift], (t) => {
      this.assertWholeRows(t.rect, shift, "Up");
      this.doc().shiftRows(t.sheet, t.rect.top, -rectRows(t.rect), "addin");
    });
  }

  private assertWholeRows(rect: Rect, shift: string, expected: string): void {
    const whole = rect.left === 0 && rect.right === MAX_COLUMNS - 1;
    if (!whole || shift !== expected) {
      fail("InvalidArgument", `The fake only shifts whole rows (${expected}), not ${shift}.`);
    }
  }

  clear(applyTo = "All"): void {
    this.call("clear", [applyTo], (t) => this.doc().clear(t.sheet, t.rect, applyTo, "addin"));
  }

  merge(across = false): void {
    this.call("merge", [across], (t) => t.sheet.merges.push({ ...t.rect }));
  }

  unmerge(): void {
    this.call("unmerge", [], (t) => {
      t.sheet.merges = t.sheet.merges.filter((m) => formatRect(m) !== formatRect(t.rect));
    });
  }

  select(): void {
    this.call("select", [], (t) => this.doc().select(t.sheet, t.rect, "addin"));
  }

  /** Proxies are not tracked objects in the fake; these exist so adapter code can call them. */
  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }
}
