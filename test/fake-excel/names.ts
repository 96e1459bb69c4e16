/** Workbook-scoped named ranges (Excel.NamedItemCollection / NamedItem). */
import { formatRect, parseAddress, quoteSheet, Rect } from "./addresses";
import { CollectionBase } from "./collection";
import type { FakeDocument } from "./document";
import { fail } from "./errors";
import { NameState } from "./model";
import { instantiate, ProxyBase, quote } from "./proxy";
import { FakeRange } from "./range";

const NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;

export class FakeNamedItem extends ProxyBase<NameState> {
  protected scalarNames(): string[] {
    return ["name", "formula", "type", "visible", "comment", "value"];
  }

  protected override isAlive(name: NameState): boolean {
    return this.context.session.doc.names.get(name.name.toLowerCase()) === name;
  }

  protected readScalar(prop: string, item: NameState): unknown {
    const doc = this.context.session.doc;
    const sheet = doc.sheets.find((s) => s.id === item.sheetId);
    const absolute = formatRect(item.rect).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
    const reference = sheet ? `${quoteSheet(sheet.name)}!${absolute}` : "#REF!";
    if (prop === "formula" || prop === "value")
      return prop === "formula" ? `=${reference}` : reference;
    if (prop === "type") return "Range";
    return item[prop as "name" | "visible" | "comment"];
  }

  get name(): string {
    return this.read("name");
  }
  get formula(): string {
    return this.read("formula");
  }
  get type(): string {
    return this.read("type");
  }
  get visible(): boolean {
    return this.read("visible");
  }
  set visible(value: boolean) {
    this.write("visible", value, (item) => (item.visible = value));
  }
  get comment(): string {
    return this.read("comment");
  }
  get value(): string {
    return this.read("value");
  }

  getRange(): FakeRange {
    return instantiate(
      new FakeRange(this.context, `${this.path}.getRange()`, () => {
        const item = this.resolve();
        const sheet = this.context.session.doc.sheets.find((s) => s.id === item.sheetId);
        return sheet ? { sheet, rect: item.rect } : fail("InvalidReference", "The name is broken.");
      })
    );
  }

  getRangeOrNullObject(): FakeRange {
    return instantiate(
      new FakeRange(this.context, `${this.path}.getRangeOrNullObject()`, () => {
        const item = this.resolveOrNull();
        const sheet = this.context.session.doc.sheets.find((s) => s.id === item?.sheetId);
        return item && sheet ? { sheet, rect: item.rect } : null;
      })
    );
  }

  delete(): void {
    this.call("delete", [], (item) =>
      this.context.session.doc.names.delete(item.name.toLowerCase())
    );
  }
}

export class FakeNamedItemCollection extends CollectionBase<
  FakeDocument,
  NameState,
  FakeNamedItem
> {
  protected listTargets(doc: FakeDocument): NameState[] {
    return [...doc.names.values()];
  }

  protected itemProxy(item: NameState): FakeNamedItem {
    return new FakeNamedItem(this.context, `name(${quote(item.name)})`, () => item);
  }

  add(name: string, reference: FakeRange | string, comment = ""): FakeNamedItem {
    const shown = typeof reference === "string" ? reference : reference.path;
    this.call("add", [name, shown, comment], (doc) => {
      if (!NAME.test(name) || parseAddress(name)) fail("InvalidArgument", `Bad name '${name}'.`);
      if (doc.names.has(name.toLowerCase())) fail("ItemAlreadyExists", `'${name}' exists.`);
      const { sheetId, rect } = this.target(doc, reference);
      doc.names.set(name.toLowerCase(), { name, sheetId, rect, comment, visible: true });
    });
    return this.getItem(name);
  }

  private target(
    doc: FakeDocument,
    reference: FakeRange | string
  ): { sheetId: string; rect: Rect } {
    if (typeof reference !== "string") {
      const t = reference.resolve();
      return { sheetId: t.sheet.id, rect: t.rect };
    }
    const parsed = parseAddress(reference.replace(/^=/, ""));
    if (!parsed || parsed.sheet === undefined) {
      fail("InvalidArgument", `The fake needs a sheet-qualified reference, not '${reference}'.`);
    }
    return { sheetId: doc.requireSheet(parsed.sheet).id, rect: parsed.rect };
  }

  getItem(name: string): FakeNamedItem {
    return instantiate(
      new FakeNamedItem(this.context, `name(${quote(name)})`, () => {
        const item = this.resolve().names.get(name.toLowerCase());
        return item ?? fail("ItemNotFound", `The name '${name}' does not exist.`);
      })
    );
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return instantiate(
      new FakeNamedItem(this.context, `nameOrNull(${quote(name)})`, () => {
        return this.resolve().names.get(name.toLowerCase()) ?? null;
      })
    );
  }
}
