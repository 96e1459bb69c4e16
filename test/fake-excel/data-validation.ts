/** Range.dataValidation, stored per cell so that overlaps and row shifts behave like Excel. */
import type { FakeRequestContext } from "./context";
import { fail } from "./errors";
import { ValidationState } from "./model";
import { ProxyBase } from "./proxy";
import { RangeTarget, uniform } from "./range-target";

const RULE_TYPES: Record<string, string> = {
  custom: "Custom",
  list: "List",
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
};

export function ruleType(rule: Record<string, unknown> | null): string {
  if (!rule) return "None";
  return RULE_TYPES[Object.keys(rule)[0]] ?? "None";
}

function checkRule(rule: unknown): Record<string, unknown> {
  const keys =
    rule && typeof rule === "object" ? Object.keys(rule).filter((k) => k in RULE_TYPES) : [];
  if (keys.length !== 1) fail("InvalidArgument", "A validation rule needs exactly one rule type.");
  const body = (rule as Record<string, Record<string, unknown>>)[keys[0]];
  if (keys[0] === "custom" && typeof body?.formula !== "string") {
    fail("InvalidArgument", "A custom validation rule needs a formula.");
  }
  if (keys[0] === "list" && (body?.source === undefined || body.source === "")) {
    fail("InvalidArgument", "A list validation rule needs a source.");
  }
  return JSON.parse(JSON.stringify({ [keys[0]]: body }));
}

function blankValidation(id: number): ValidationState {
  return {
    id,
    rule: null,
    errorAlert: { showAlert: true, style: "Stop", title: "", message: "" },
    prompt: { showPrompt: false, title: "", message: "" },
    ignoreBlanks: true,
  };
}

export class FakeDataValidation extends ProxyBase<RangeTarget> {
  constructor(context: FakeRequestContext, path: string, parent: ProxyBase<RangeTarget>) {
    super(context, path, () => parent.resolve());
  }

  protected scalarNames(): string[] {
    return ["rule", "type", "errorAlert", "prompt", "ignoreBlanks"];
  }

  protected readScalar(name: string, t: RangeTarget): unknown {
    const id = uniform(t, (r, c) => t.sheet.cells.get(r, c).validationId ?? 0);
    if (id === null) return name === "type" ? "Inconsistent" : null;
    const v = this.context.session.doc.validations.get(id) ?? blankValidation(0);
    if (name === "type") return ruleType(v.rule);
    return v[name as "rule" | "errorAlert" | "prompt" | "ignoreBlanks"];
  }

  get rule(): Excel.DataValidationRule {
    return this.read("rule");
  }

  set rule(value: Excel.DataValidationRule) {
    this.update("rule", value, (v) => (v.rule = checkRule(value)));
  }

  get type(): string {
    return this.read("type");
  }

  get errorAlert(): Excel.DataValidationErrorAlert {
    return this.read("errorAlert");
  }

  set errorAlert(value: Excel.DataValidationErrorAlert) {
    this.update("errorAlert", value, (v) => Object.assign(v.errorAlert, value));
  }

  get prompt(): Excel.DataValidationPrompt {
    return this.read("prompt");
  }

  set prompt(value: Excel.DataValidationPrompt) {
    this.update("prompt", value, (v) => Object.assign(v.prompt, value));
  }

  get ignoreBlanks(): boolean {
    return this.read("ignoreBlanks");
  }

  set ignoreBlanks(value: boolean) {
    this.update("ignoreBlanks", value, (v) => (v.ignoreBlanks = value));
  }

  clear(): void {
    this.call("clear", [], (t) => {
      this.context.session.doc.assertFormattable(t.sheet);
      t.sheet.cells.forEachIn(t.rect, (r, c) =>
        t.sheet.cells.update(r, c, (cell) => delete cell.validationId)
      );
    });
  }

  /**
   * Each change gives the whole range one new validation copied from its top-left cell's, so a
   * setting never leaks to cells outside the range that shared the old one.
   */
  private update(name: string, value: unknown, change: (v: ValidationState) => void): void {
    this.write(name, value, (t) => {
      const doc = this.context.session.doc;
      doc.assertFormattable(t.sheet);
      const currentId = t.sheet.cells.get(t.rect.top, t.rect.left).validationId;
      const current = currentId === undefined ? undefined : doc.validations.get(currentId);
      const next: ValidationState = current
        ? JSON.parse(JSON.stringify(current))
        : blankValidation(0);
      next.id = doc.newNumber();
      change(next);
      doc.validations.set(next.id, next);
      t.sheet.cells.forEachIn(t.rect, (r, c) =>
        t.sheet.cells.update(r, c, (cell) => (cell.validationId = next.id))
      );
    });
  }
}
