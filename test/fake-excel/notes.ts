/** Excel.NoteCollection and Excel.Note (ExcelApi 1.18), on a worksheet. */
import { Rect } from "./addresses";
import { CollectionBase } from "./collection";
import type { FakeRequestContext } from "./context";
import { fail } from "./errors";
import { NoteState, SheetState } from "./model";
import { instantiate, ProxyBase, quote, Resolver } from "./proxy";
import { FakeRange } from "./range";
import { parseLocal } from "./worksheet";

interface NoteTarget {
  sheet: SheetState;
  note: NoteState;
}

/**
 * Every command on notes needs ExcelApi 1.18. Office.js itself always has the objects; an older
 * Excel fails the request that uses them with `ApiNotFound`.
 */
export function notesSheet(context: FakeRequestContext, sheet: () => SheetState): SheetState {
  if (!context.session.isSetSupported("ExcelApi", "1.18")) {
    fail("ApiNotFound", "Notes need ExcelApi 1.18, which this Excel does not support.");
  }
  return sheet();
}

function cellOf(note: NoteState): Rect {
  return { top: note.row, bottom: note.row, left: note.column, right: note.column };
}

export class FakeNote extends ProxyBase<NoteTarget> {
  protected scalarNames(): string[] {
    return ["authorName", "content", "height", "visible", "width"];
  }

  protected override isAlive(t: NoteTarget): boolean {
    return this.context.session.doc.sheets.includes(t.sheet) && t.sheet.notes.includes(t.note);
  }

  protected readScalar(name: string, t: NoteTarget): unknown {
    return t.note[name as "authorName" | "content" | "height" | "visible" | "width"];
  }

  private change(name: string, value: unknown, apply: (note: NoteState) => void): void {
    this.write(name, value, (t) =>
      this.context.session.doc.changeNote(t.sheet, t.note, apply, "addin")
    );
  }

  get authorName(): string {
    return this.read("authorName");
  }

  get content(): string {
    return this.read("content");
  }

  set content(value: string) {
    this.change("content", value, (note) => (note.content = String(value)));
  }

  get height(): number {
    return this.read("height");
  }

  set height(value: number) {
    this.change("height", value, (note) => (note.height = value));
  }

  get visible(): boolean {
    return this.read("visible");
  }

  set visible(value: boolean) {
    this.change("visible", value, (note) => (note.visible = value));
  }

  get width(): number {
    return this.read("width");
  }

  set width(value: number) {
    this.change("width", value, (note) => (note.width = value));
  }

  delete(): void {
    this.call("delete", [], (t) => this.context.session.doc.deleteNote(t.sheet, t.note, "addin"));
  }

  getLocation(): FakeRange {
    return instantiate(
      new FakeRange(this.context, `${this.path}.getLocation()`, () => {
        const t = this.resolve();
        return { sheet: t.sheet, rect: cellOf(t.note) };
      })
    );
  }
}

/** Notes in row order, then column order (Excel's own order is **unverified**). */
function ordered(sheet: SheetState): NoteState[] {
  return [...sheet.notes].sort((a, b) => a.row - b.row || a.column - b.column);
}

export class FakeNoteCollection extends CollectionBase<SheetState, NoteTarget, FakeNote> {
  constructor(context: FakeRequestContext, path: string, sheet: Resolver<SheetState>) {
    super(context, path, () => notesSheet(context, () => sheet()!));
  }

  protected listTargets(sheet: SheetState): NoteTarget[] {
    return ordered(sheet).map((note) => ({ sheet, note }));
  }

  protected itemProxy(target: NoteTarget, index: number): FakeNote {
    return new FakeNote(this.context, `${this.path}[${index}]`, () => target);
  }

  /** `cellAddress` is "A1" on this sheet or a one-cell Range of it; content is stored as text. */
  add(cellAddress: FakeRange | string, content: unknown): FakeNote {
    let created: NoteTarget | undefined;
    const where = typeof cellAddress === "string" ? cellAddress : cellAddress.path;
    this.call("add", [where, content], (sheet) => {
      let rect: Rect;
      if (typeof cellAddress === "string") {
        rect = parseLocal(sheet, cellAddress);
      } else {
        const target = cellAddress.resolve();
        if (target.sheet !== sheet) fail("InvalidArgument", "The cell is on another worksheet.");
        rect = target.rect;
      }
      const note = this.context.session.doc.addNote(sheet, rect, String(content), "addin");
      created = { sheet, note };
    });
    return instantiate(
      new FakeNote(this.context, `${this.path}.add(${quote(where)})`, () => {
        return created ?? fail("InvalidOperation", "The note was not added.");
      })
    );
  }

  private find(sheet: SheetState, key: string): NoteTarget | null {
    const rect = parseLocal(sheet, key);
    const note = this.context.session.doc.noteAt(sheet, rect.top, rect.left);
    return note ? { sheet, note } : null;
  }

  getItem(key: string): FakeNote {
    return instantiate(
      new FakeNote(this.context, `${this.path}.getItem(${quote(key)})`, () => {
        return this.find(this.resolve(), key) ?? fail("ItemNotFound", `No note at ${key}.`);
      })
    );
  }

  getItemOrNullObject(key: string): FakeNote {
    return instantiate(
      new FakeNote(this.context, `${this.path}.getItemOrNullObject(${quote(key)})`, () =>
        this.find(this.resolve(), key)
      )
    );
  }

  getItemAt(index: number): FakeNote {
    return instantiate(
      new FakeNote(this.context, `${this.path}.getItemAt(${index})`, () => {
        const all = this.listTargets(this.resolve());
        return all[index] ?? fail("ItemNotFound", `No note at index ${index}.`);
      })
    );
  }
}
