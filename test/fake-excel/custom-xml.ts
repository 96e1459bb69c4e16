/** Excel.CustomXmlPartCollection, CustomXmlPartScopedCollection and CustomXmlPart. */
import { CollectionBase } from "./collection";
import type { FakeDocument } from "./document";
import { fail } from "./errors";
import { CustomXmlPartState, rootNamespace } from "./model";
import { FakeClientResult, instantiate, ProxyBase, quote } from "./proxy";

export class FakeCustomXmlPart extends ProxyBase<CustomXmlPartState> {
  protected scalarNames(): string[] {
    return ["id", "namespaceUri"];
  }

  protected override isAlive(part: CustomXmlPartState): boolean {
    return this.context.session.doc.customXmlParts.includes(part);
  }

  protected readScalar(name: string, part: CustomXmlPartState): unknown {
    return part[name as "id" | "namespaceUri"];
  }

  get id(): string {
    return this.read("id");
  }

  get namespaceUri(): string {
    return this.read("namespaceUri");
  }

  getXml(): FakeClientResult<string> {
    const result = new FakeClientResult<string>();
    this.call("getXml", [], (part) => result.settle(part.xml));
    return result;
  }

  setXml(xml: string): void {
    this.call("setXml", [xml], (part) => {
      part.xml = xml;
      part.namespaceUri = rootNamespace(xml);
    });
  }

  delete(): void {
    this.call("delete", [], (part) => {
      const parts = this.context.session.doc.customXmlParts;
      parts.splice(parts.indexOf(part), 1);
    });
  }
}

abstract class PartList extends CollectionBase<
  FakeDocument,
  CustomXmlPartState,
  FakeCustomXmlPart
> {
  protected abstract filter(part: CustomXmlPartState): boolean;

  protected listTargets(doc: FakeDocument): CustomXmlPartState[] {
    return doc.customXmlParts.filter((p) => this.filter(p));
  }

  protected itemProxy(part: CustomXmlPartState): FakeCustomXmlPart {
    return new FakeCustomXmlPart(this.context, `xmlPart(${quote(part.id)})`, () => part);
  }

  getItem(id: string): FakeCustomXmlPart {
    return instantiate(
      new FakeCustomXmlPart(this.context, `${this.path}.getItem(${quote(id)})`, () => {
        const part = this.listTargets(this.resolve()).find((p) => p.id === id);
        return part ?? fail("ItemNotFound", `No custom XML part with id ${id}.`);
      })
    );
  }

  getItemOrNullObject(id: string): FakeCustomXmlPart {
    return instantiate(
      new FakeCustomXmlPart(this.context, `${this.path}.getItemOrNull(${quote(id)})`, () => {
        return this.listTargets(this.resolve()).find((p) => p.id === id) ?? null;
      })
    );
  }
}

export class FakeCustomXmlPartScopedCollection extends PartList {
  constructor(
    base: FakeCustomXmlPartCollection,
    private readonly namespaceUri: string
  ) {
    super(base.context, `${base.path}.getByNamespace(${quote(namespaceUri)})`, () =>
      base.resolve()
    );
  }

  protected filter(part: CustomXmlPartState): boolean {
    return part.namespaceUri === this.namespaceUri;
  }

  getOnlyItem(): FakeCustomXmlPart {
    return instantiate(
      new FakeCustomXmlPart(this.context, `${this.path}.getOnlyItem()`, () => {
        const parts = this.listTargets(this.resolve());
        return parts.length === 1 ? parts[0] : fail("InvalidOperation", "Not exactly one part.");
      })
    );
  }

  /** Null unless exactly one part has the namespace. */
  getOnlyItemOrNullObject(): FakeCustomXmlPart {
    return instantiate(
      new FakeCustomXmlPart(this.context, `${this.path}.getOnlyItemOrNullObject()`, () => {
        const parts = this.listTargets(this.resolve());
        return parts.length === 1 ? parts[0] : null;
      })
    );
  }
}

export class FakeCustomXmlPartCollection extends PartList {
  protected filter(): boolean {
    return true;
  }

  add(xml: string): FakeCustomXmlPart {
    let created: CustomXmlPartState | undefined;
    this.call("add", [xml], (doc) => {
      if (!/^\s*(<\?xml[\s\S]*?\?>\s*)?</.test(xml))
        fail("InvalidArgument", "Not an XML document.");
      created = { id: `{${doc.newId("XMLPART-")}}`, namespaceUri: rootNamespace(xml), xml };
      doc.customXmlParts.push(created);
    });
    return instantiate(
      new FakeCustomXmlPart(this.context, `${this.path}.add()`, () => {
        return created ?? fail("InvalidOperation", "The part was not added.");
      })
    );
  }

  getByNamespace(namespaceUri: string): FakeCustomXmlPartScopedCollection {
    return new FakeCustomXmlPartScopedCollection(this, namespaceUri);
  }
}
