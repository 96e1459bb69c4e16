/**
 * A deliberately tiny formula evaluator: numbers, strings, cell and range references (optionally
 * sheet-qualified), unary minus, + - * / &, parentheses and SUM. Anything else is "unsupported" and
 * the caller keeps the formula text as the cell's value.
 */
import { CellValue } from "./cell-store";
import { parseAddress, Rect } from "./addresses";

export type CellReader = (sheet: string | undefined, row: number, column: number) => CellValue;

class Unsupported extends Error {}

const TOKEN =
  /\s*(?:((?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)|(\d+(?:\.\d*)?(?:[eE][+-]?\d+)?)|"((?:[^"]|"")*)"|([A-Za-z]+)\(|([-+*/&(),]))/y;

type Token =
  | { kind: "ref"; sheet?: string; rect: Rect }
  | { kind: "num"; value: number }
  | { kind: "str"; value: string }
  | { kind: "fn"; name: string }
  | { kind: "op"; value: string };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < source.length) {
    if (/^\s*$/.test(source.slice(TOKEN.lastIndex))) break;
    const m = TOKEN.exec(source);
    if (!m) throw new Unsupported(source);
    if (m[2]) {
      const parsed = parseAddress((m[1] ?? "") + m[2]);
      if (!parsed) throw new Unsupported(m[2]);
      tokens.push({ kind: "ref", sheet: parsed.sheet, rect: parsed.rect });
    } else if (m[3]) tokens.push({ kind: "num", value: Number(m[3]) });
    else if (m[4] !== undefined) tokens.push({ kind: "str", value: m[4].replace(/""/g, '"') });
    else if (m[5]) tokens.push({ kind: "fn", name: m[5].toUpperCase() });
    else tokens.push({ kind: "op", value: m[6] });
  }
  return tokens;
}

type Operand = CellValue | CellValue[];

class FormulaError extends Error {
  constructor(readonly excelError: string) {
    super(excelError);
  }
}

function toNumber(value: Operand): number {
  if (Array.isArray(value)) throw new FormulaError("#VALUE!");
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value === "") return 0;
  if (value.startsWith("#")) throw new FormulaError(value);
  const n = Number(value);
  if (Number.isNaN(n)) throw new FormulaError("#VALUE!");
  return n;
}

class Parser {
  private at = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly read: CellReader
  ) {}

  parse(): CellValue {
    const result = this.concat();
    if (this.at !== this.tokens.length || Array.isArray(result)) throw new Unsupported("tail");
    return result;
  }

  private peekOp(...ops: string[]): string | undefined {
    const t = this.tokens[this.at];
    return t?.kind === "op" && ops.includes(t.value) ? t.value : undefined;
  }

  private concat(): Operand {
    let left = this.sum();
    while (this.peekOp("&")) {
      this.at++;
      const right = this.sum();
      left = `${this.scalar(left)}${this.scalar(right)}`;
    }
    return left;
  }

  private sum(): Operand {
    let left = this.product();
    for (let op = this.peekOp("+", "-"); op; op = this.peekOp("+", "-")) {
      this.at++;
      const right = toNumber(this.product());
      left = op === "+" ? toNumber(left) + right : toNumber(left) - right;
    }
    return left;
  }

  private product(): Operand {
    let left = this.unary();
    for (let op = this.peekOp("*", "/"); op; op = this.peekOp("*", "/")) {
      this.at++;
      const right = toNumber(this.unary());
      if (op === "/" && right === 0) throw new FormulaError("#DIV/0!");
      left = op === "*" ? toNumber(left) * right : toNumber(left) / right;
    }
    return left;
  }

  private unary(): Operand {
    const op = this.peekOp("-", "+");
    if (!op) return this.primary();
    this.at++;
    const value = toNumber(this.unary());
    return op === "-" ? -value : value;
  }

  private primary(): Operand {
    const t = this.tokens[this.at++];
    if (!t) throw new Unsupported("end");
    if (t.kind === "num" || t.kind === "str") return t.value;
    if (t.kind === "ref") return this.reference(t.sheet, t.rect);
    if (t.kind === "fn") return this.call(t.name);
    if (t.kind === "op" && t.value === "(") {
      const inner = this.concat();
      if (!this.peekOp(")")) throw new Unsupported(")");
      this.at++;
      return inner;
    }
    throw new Unsupported(JSON.stringify(t));
  }

  private reference(sheet: string | undefined, rect: Rect): Operand {
    if (rect.top === rect.bottom && rect.left === rect.right) {
      return this.read(sheet, rect.top, rect.left);
    }
    const values: CellValue[] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (let c = rect.left; c <= rect.right; c++) values.push(this.read(sheet, r, c));
    }
    return values;
  }

  private call(name: string): Operand {
    if (name !== "SUM") throw new Unsupported(name);
    let total = 0;
    for (;;) {
      const arg = this.concat();
      const items = Array.isArray(arg) ? arg : [arg];
      for (const item of items) {
        if (typeof item === "string" && item.startsWith("#")) throw new FormulaError(item);
        if (typeof item === "number") total += item;
        else if (!Array.isArray(arg)) total += toNumber(item);
      }
      if (this.peekOp(",")) {
        this.at++;
        continue;
      }
      if (this.peekOp(")")) {
        this.at++;
        return total;
      }
      throw new Unsupported("args");
    }
  }

  private scalar(value: Operand): CellValue {
    if (Array.isArray(value)) throw new FormulaError("#VALUE!");
    if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
    return value;
  }
}

/** Returns the computed value, or undefined when the formula is outside the supported subset. */
export function evaluate(formula: string, read: CellReader): CellValue | undefined {
  try {
    return new Parser(tokenize(formula.replace(/^=/, "")), read).parse();
  } catch (error) {
    if (error instanceof FormulaError) return error.excelError;
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}
