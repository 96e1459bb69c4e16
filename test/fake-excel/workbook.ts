/** Excel.Workbook and Excel.Runtime. */
import type { FakeRequestContext } from "./context";
import { FakeCustomXmlPartCollection } from "./custom-xml";
import type { FakeDocument } from "./document";
import { fail } from "./errors";
import { FakeNamedItemCollection } from "./names";
import { instantiate, ProxyBase } from "./proxy";
import { FakeRange } from "./range";
import { FakeWorksheetCollection } from "./worksheet-collection";

export class FakeWorkbook extends ProxyBase<FakeDocument> {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  readonly customXmlParts: FakeCustomXmlPartCollection;

  constructor(context: FakeRequestContext) {
    super(context, "workbook", () => context.session.doc);
    const doc = () => this.resolve();
    this.worksheets = new FakeWorksheetCollection(context, "worksheets", doc);
    this.names = new FakeNamedItemCollection(context, "names", doc);
    this.customXmlParts = new FakeCustomXmlPartCollection(context, "customXmlParts", doc);
  }

  protected scalarNames(): string[] {
    return ["name"];
  }

  protected readScalar(): unknown {
    return "Book1.xlsx";
  }

  get name(): string {
    return this.read("name");
  }

  /** Without a remembered selection, the active sheet's A1 is selected (as in a fresh file). */
  getSelectedRange(): FakeRange {
    return instantiate(
      new FakeRange(this.context, "selectedRange", () => {
        const doc = this.resolve();
        const selection = doc.selection;
        if (selection && selection.sheetId === doc.activeSheetId) {
          return { sheet: doc.requireSheet(selection.sheetId), rect: selection.rect };
        }
        return {
          sheet: doc.requireSheet(doc.activeSheetId),
          rect: { top: 0, left: 0, bottom: 0, right: 0 },
        };
      })
    );
  }

  getActiveCell(): FakeRange {
    return instantiate(
      new FakeRange(this.context, "activeCell", () => {
        const selected = this.getSelectedRange().resolve();
        const { top, left } = selected.rect;
        return { sheet: selected.sheet, rect: { top, left, bottom: top, right: left } };
      })
    );
  }
}

export class FakeRuntime extends ProxyBase<FakeDocument> {
  constructor(context: FakeRequestContext) {
    super(context, "runtime", () => context.session.doc);
  }

  protected scalarNames(): string[] {
    return ["enableEvents"];
  }

  protected readScalar(_name: string, doc: FakeDocument): unknown {
    return doc.enableEvents;
  }

  get enableEvents(): boolean {
    return this.read("enableEvents");
  }

  /** Runtime-wide, like Office.js: it also silences user edits until switched back on. */
  set enableEvents(value: boolean) {
    if (typeof value !== "boolean") fail("InvalidArgument", "enableEvents must be a boolean.");
    this.write("enableEvents", value, (doc) => {
      if (!value && doc.enableEvents) this.context.session.eventPauses++;
      doc.enableEvents = value;
    });
  }
}
