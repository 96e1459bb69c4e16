/** Excel.WorksheetCollection. */
import { CollectionBase } from "./collection";
import type { FakeDocument } from "./document";
import { fail } from "./errors";
import { FakeEventSlot } from "./events";
import { SheetState } from "./model";
import { instantiate, quote } from "./proxy";
import { FakeWorksheet } from "./worksheet";

export class FakeWorksheetCollection extends CollectionBase<
  FakeDocument,
  SheetState,
  FakeWorksheet
> {
  readonly onChanged = new FakeEventSlot(this.context, "worksheets.onChanged", "changed", () => {
    return undefined;
  });
  readonly onActivated = new FakeEventSlot(
    this.context,
    "worksheets.onActivated",
    "activated",
    () => undefined
  );
  readonly onSelectionChanged = new FakeEventSlot(
    this.context,
    "worksheets.onSelectionChanged",
    "selectionChanged",
    () => undefined
  );

  protected listTargets(doc: FakeDocument): SheetState[] {
    return doc.sheets;
  }

  protected itemProxy(sheet: SheetState): FakeWorksheet {
    return new FakeWorksheet(this.context, `ws(${quote(sheet.id)})`, () => sheet);
  }

  add(name?: string): FakeWorksheet {
    let created: SheetState | undefined;
    this.call("add", [name ?? null], (doc) => (created = doc.addSheet(name)));
    return instantiate(
      new FakeWorksheet(this.context, `worksheets.add(${quote(name ?? "")})`, () => {
        return created ?? fail("InvalidOperation", "The worksheet was not added.");
      })
    );
  }

  getItem(key: string): FakeWorksheet {
    return instantiate(
      new FakeWorksheet(this.context, `ws(${quote(key)})`, () => this.resolve().requireSheet(key))
    );
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return instantiate(
      new FakeWorksheet(this.context, `wsOrNull(${quote(key)})`, () => {
        return this.resolve().sheetByKey(key) ?? null;
      })
    );
  }

  getActiveWorksheet(): FakeWorksheet {
    return instantiate(
      new FakeWorksheet(this.context, "activeWorksheet", () => {
        const doc = this.resolve();
        return doc.requireSheet(doc.activeSheetId);
      })
    );
  }

  getFirst(visibleOnly = false): FakeWorksheet {
    return instantiate(
      new FakeWorksheet(this.context, "worksheets.getFirst()", () => {
        const sheets = this.resolve().sheets.filter(
          (s) => !visibleOnly || s.visibility === "Visible"
        );
        return sheets[0] ?? fail("ItemNotFound", "There is no worksheet.");
      })
    );
  }
}
