/** Range.conditionalFormats: custom (formula) rules with fill and font colour. */
import { intersects, qualify, subtract } from "./addresses";
import { CollectionBase } from "./collection";
import type { FakeRequestContext } from "./context";
import { fail } from "./errors";
import { ConditionalFormatState, SheetState } from "./model";
import { instantiate, ProxyBase, quote } from "./proxy";
import { FakeRange } from "./range";
import { normaliseColor } from "./range-format";
import type { RangeTarget } from "./range-target";

interface CfTarget {
  sheet: SheetState;
  cf: ConditionalFormatState;
}

abstract class CfPart extends ProxyBase<CfTarget> {
  constructor(context: FakeRequestContext, path: string, parent: ProxyBase<CfTarget>) {
    super(context, path, () => parent.resolve());
  }

  protected change(name: string, value: unknown, apply: (cf: ConditionalFormatState) => void) {
    this.write(name, value, (t) => {
      this.context.session.doc.assertFormattable(t.sheet);
      apply(t.cf);
    });
  }
}

export class FakeConditionalFill extends CfPart {
  protected scalarNames(): string[] {
    return ["color"];
  }

  protected readScalar(_name: string, t: CfTarget): unknown {
    return t.cf.fill ?? null;
  }

  get color(): string {
    return this.read("color");
  }

  set color(value: string) {
    this.change("color", value, (cf) => (cf.fill = normaliseColor(value)));
  }

  clear(): void {
    this.call("clear", [], (t) => delete t.cf.fill);
  }
}

export class FakeConditionalFont extends CfPart {
  protected scalarNames(): string[] {
    return ["color", "bold"];
  }

  protected readScalar(name: string, t: CfTarget): unknown {
    return (name === "color" ? t.cf.fontColor : t.cf.bold) ?? null;
  }

  get color(): string {
    return this.read("color");
  }

  set color(value: string) {
    this.change("color", value, (cf) => (cf.fontColor = normaliseColor(value)));
  }

  get bold(): boolean {
    return this.read("bold");
  }

  set bold(value: boolean) {
    this.change("bold", value, (cf) => (cf.bold = value));
  }
}

export class FakeConditionalRangeFormat extends CfPart {
  readonly fill = new FakeConditionalFill(this.context, `${this.path}.fill`, this);
  readonly font = new FakeConditionalFont(this.context, `${this.path}.font`, this);

  protected scalarNames(): string[] {
    return [];
  }

  protected readScalar(): unknown {
    return undefined;
  }

  protected override navigation(name: string): ProxyBase<unknown> | undefined {
    return name === "fill" ? this.fill : name === "font" ? this.font : undefined;
  }
}

export class FakeConditionalRule extends CfPart {
  protected scalarNames(): string[] {
    return ["formula", "formulaLocal"];
  }

  protected readScalar(_name: string, t: CfTarget): unknown {
    return t.cf.formula ?? null;
  }

  get formula(): string {
    return this.read("formula");
  }

  set formula(value: string) {
    this.change("formula", value, (cf) => (cf.formula = value));
  }

  get formulaLocal(): string {
    return this.read("formulaLocal");
  }

  set formulaLocal(value: string) {
    this.change("formulaLocal", value, (cf) => (cf.formula = value));
  }
}

export class FakeCustomConditionalFormat extends CfPart {
  readonly rule = new FakeConditionalRule(this.context, `${this.path}.rule`, this);
  readonly format = new FakeConditionalRangeFormat(this.context, `${this.path}.format`, this);

  protected scalarNames(): string[] {
    return [];
  }

  protected readScalar(): unknown {
    return undefined;
  }

  protected override navigation(name: string): ProxyBase<unknown> | undefined {
    return name === "rule" ? this.rule : name === "format" ? this.format : undefined;
  }
}

export class FakeConditionalFormat extends ProxyBase<CfTarget> {
  readonly custom = new FakeCustomConditionalFormat(this.context, `${this.path}.custom`, this);

  protected scalarNames(): string[] {
    return ["id", "type", "priority", "stopIfTrue"];
  }

  protected override navigation(name: string): ProxyBase<unknown> | undefined {
    return name === "custom" ? this.custom : undefined;
  }

  protected override isAlive(t: CfTarget): boolean {
    return t.sheet.conditionalFormats.includes(t.cf);
  }

  protected readScalar(name: string, t: CfTarget): unknown {
    return t.cf[name as "id" | "type" | "priority" | "stopIfTrue"];
  }

  get id(): string {
    return this.read("id");
  }

  get type(): string {
    return this.read("type");
  }

  get priority(): number {
    return this.read("priority");
  }

  /**
   * Moves the rule among the sheet's rules and renumbers them all; a negative priority counts from
   * the back and one out of bounds is clamped, as the typings describe.
   */
  set priority(value: number) {
    this.write("priority", value, (t) => {
      this.context.session.doc.assertFormattable(t.sheet);
      const rules = t.sheet.conditionalFormats;
      rules.splice(rules.indexOf(t.cf), 1);
      const wanted = Math.trunc(value < 0 ? rules.length + 1 + value : value);
      rules.splice(Math.max(0, Math.min(rules.length, wanted)), 0, t.cf);
      rules.forEach((cf, i) => (cf.priority = i));
    });
  }

  get stopIfTrue(): boolean {
    return this.read("stopIfTrue");
  }

  set stopIfTrue(value: boolean) {
    this.write("stopIfTrue", value, (t) => (t.cf.stopIfTrue = value));
  }

  delete(): void {
    this.call("delete", [], (t) => {
      this.context.session.doc.assertFormattable(t.sheet);
      t.sheet.conditionalFormats.splice(t.sheet.conditionalFormats.indexOf(t.cf), 1);
      t.sheet.conditionalFormats.forEach((cf, i) => (cf.priority = i));
    });
  }

  /** The one range the rule applies to; a rule on several ranges fails the sync. */
  getRange(): FakeRange {
    return this.rangeOf("getRange()", () =>
      fail("InvalidOperation", "The rule has several ranges.")
    );
  }

  /** The one range the rule applies to, or a null object when it applies to several. */
  getRangeOrNullObject(): FakeRange {
    return this.rangeOf("getRangeOrNullObject()", () => null);
  }

  private rangeOf(label: string, several: () => null): FakeRange {
    return instantiate(
      new FakeRange(this.context, `${this.path}.${label}`, () => {
        const t = this.resolve();
        return t.cf.ranges.length === 1
          ? { sheet: t.sheet, rect: { ...t.cf.ranges[0] } }
          : several();
      })
    );
  }
}

export class FakeConditionalFormatCollection extends CollectionBase<
  RangeTarget,
  CfTarget,
  FakeConditionalFormat
> {
  protected listTargets(t: RangeTarget): CfTarget[] {
    return t.sheet.conditionalFormats
      .filter((cf) => cf.ranges.some((r) => intersects(r, t.rect)))
      .map((cf) => ({ sheet: t.sheet, cf }));
  }

  protected itemProxy(target: CfTarget, index: number): FakeConditionalFormat {
    return new FakeConditionalFormat(this.context, `${this.path}[${index}]`, () => target);
  }

  add(type: string): FakeConditionalFormat {
    let created: CfTarget | undefined;
    this.call("add", [type], (t) => {
      if (type !== "Custom")
        fail("InvalidArgument", `The fake models only custom rules, not ${type}.`);
      this.context.session.doc.assertFormattable(t.sheet);
      const cf: ConditionalFormatState = {
        id: this.context.session.doc.newId("CF-"),
        type,
        ranges: [{ ...t.rect }],
        stopIfTrue: false,
        priority: 0,
      };
      for (const other of t.sheet.conditionalFormats) other.priority++;
      t.sheet.conditionalFormats.unshift(cf);
      created = { sheet: t.sheet, cf };
    });
    return instantiate(
      new FakeConditionalFormat(this.context, `${this.path}.add(${quote(type)})`, () => {
        return created ?? fail("InvalidOperation", "The conditional format was not created.");
      })
    );
  }

  getItemAt(index: number): FakeConditionalFormat {
    return instantiate(
      new FakeConditionalFormat(this.context, `${this.path}.getItemAt(${index})`, () => {
        const all = this.listTargets(this.resolve());
        return all[index] ?? fail("ItemNotFound", `No conditional format at index ${index}.`);
      })
    );
  }

  /** Removes the range from every rule's ranges, dropping rules left with no range. */
  clearAll(): void {
    this.call("clearAll", [], (t) => {
      this.context.session.doc.assertFormattable(t.sheet);
      for (const cf of t.sheet.conditionalFormats) {
        cf.ranges = cf.ranges.flatMap((r) => subtract(r, t.rect));
      }
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((cf) => cf.ranges.length);
    });
  }
}

export function describeConditionalFormat(sheet: SheetState, cf: ConditionalFormatState) {
  return {
    range: cf.ranges.map((r) => qualify(sheet.name, r)).join(","),
    type: cf.type,
    formula: cf.formula,
    fill: cf.fill,
    fontColor: cf.fontColor,
    priority: cf.priority,
  };
}
