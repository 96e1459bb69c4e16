/** Range.format and its fill, font and protection children. */
import type { FakeRequestContext } from "./context";
import { CellState } from "./cell-store";
import { ProxyBase } from "./proxy";
import { RangeTarget, uniform } from "./range-target";

const DEFAULT_COLUMN_WIDTH = 48;

abstract class FormatPart extends ProxyBase<RangeTarget> {
  constructor(context: FakeRequestContext, path: string, parent: ProxyBase<RangeTarget>) {
    super(context, path, () => parent.resolve());
  }

  protected uniformCell<V>(target: RangeTarget, read: (cell: CellState) => V): V | null {
    return uniform(target, (r, c) => read(target.sheet.cells.get(r, c)));
  }

  protected setCells(name: string, value: unknown, change: (cell: CellState) => void): void {
    this.write(name, value, (t) =>
      this.context.session.doc.format(t.sheet, t.rect, change, "addin")
    );
  }
}

export class FakeRangeFill extends FormatPart {
  protected scalarNames(): string[] {
    return ["color"];
  }

  protected readScalar(_name: string, t: RangeTarget): unknown {
    return this.uniformCell(t, (cell) => cell.fill ?? "#FFFFFF");
  }

  get color(): string {
    return this.read("color");
  }

  set color(value: string) {
    this.setCells("color", value, (cell) => (cell.fill = normaliseColor(value)));
  }

  clear(): void {
    this.call("clear", [], (t) =>
      this.context.session.doc.format(t.sheet, t.rect, (cell) => delete cell.fill, "addin")
    );
  }
}

export class FakeRangeFont extends FormatPart {
  protected scalarNames(): string[] {
    return ["bold", "italic", "color", "name", "size"];
  }

  protected readScalar(name: string, t: RangeTarget): unknown {
    if (name === "name") return "Calibri";
    if (name === "size") return 11;
    return this.uniformCell(t, (cell) =>
      name === "color" ? cell.fontColor : cell[name as "bold" | "italic"]
    );
  }

  get bold(): boolean {
    return this.read("bold");
  }

  set bold(value: boolean) {
    this.setCells("bold", value, (cell) => (cell.bold = value));
  }

  get italic(): boolean {
    return this.read("italic");
  }

  set italic(value: boolean) {
    this.setCells("italic", value, (cell) => (cell.italic = value));
  }

  get color(): string {
    return this.read("color");
  }

  set color(value: string) {
    this.setCells("color", value, (cell) => (cell.fontColor = normaliseColor(value)));
  }

  get name(): string {
    return this.read("name");
  }

  get size(): number {
    return this.read("size");
  }
}

export class FakeFormatProtection extends FormatPart {
  protected scalarNames(): string[] {
    return ["locked", "formulaHidden"];
  }

  protected readScalar(name: string, t: RangeTarget): unknown {
    return name === "locked" ? this.uniformCell(t, (cell) => cell.locked) : false;
  }

  get locked(): boolean {
    return this.read("locked");
  }

  set locked(value: boolean) {
    this.write("locked", value, (t) =>
      this.context.session.doc.format(
        t.sheet,
        t.rect,
        (cell) => (cell.locked = value),
        "addin",
        true
      )
    );
  }

  get formulaHidden(): boolean {
    return this.read("formulaHidden");
  }
}

export class FakeRangeFormat extends FormatPart {
  readonly fill = new FakeRangeFill(this.context, `${this.path}.fill`, this);
  readonly font = new FakeRangeFont(this.context, `${this.path}.font`, this);
  readonly protection = new FakeFormatProtection(this.context, `${this.path}.protection`, this);

  protected scalarNames(): string[] {
    return ["columnWidth", "wrapText"];
  }

  protected override navigation(name: string): ProxyBase<unknown> | undefined {
    const children: Record<string, ProxyBase<unknown>> = {
      fill: this.fill,
      font: this.font,
      protection: this.protection,
    };
    return children[name];
  }

  protected readScalar(name: string, t: RangeTarget): unknown {
    if (name === "wrapText") return this.uniformCell(t, (cell) => cell.wrapText);
    return uniform(t, (_r, c) => t.sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH);
  }

  get wrapText(): boolean {
    return this.read("wrapText");
  }

  set wrapText(value: boolean) {
    this.setCells("wrapText", value, (cell) => (cell.wrapText = value));
  }

  get columnWidth(): number {
    return this.read("columnWidth");
  }

  /** Column widths are not cell data, so (as far as the fake models) they raise no onChanged. */
  set columnWidth(value: number) {
    this.write("columnWidth", value, (t) => {
      this.context.session.doc.assertFormattable(t.sheet);
      for (let c = t.rect.left; c <= t.rect.right; c++) t.sheet.columnWidths.set(c, value);
    });
  }

  autofitColumns(): void {
    this.call("autofitColumns", [], (t) => {
      this.context.session.doc.assertFormattable(t.sheet);
      t.sheet.autofitColumns.push({ ...t.rect });
    });
  }
}

/** Excel reports colours as upper-case #RRGGBB; named colours are kept as given. */
export function normaliseColor(value: string): string {
  return /^#[0-9a-f]{6}$/i.test(value) ? value.toUpperCase() : value;
}
