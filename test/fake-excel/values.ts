/** How Excel turns typed or written input into a stored cell, and how it reports value types. */
import { CellValue } from "./cell-store";

const NUMERIC = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

export type StoredInput = { value: CellValue; formula?: string };

/**
 * Strings that look like numbers or booleans are stored as such, and `=` starts a formula, unless
 * the cell is formatted as text (`@`). Other JavaScript values are stored as they are.
 */
export function coerceInput(input: unknown, numberFormat: string): StoredInput {
  if (typeof input === "number" || typeof input === "boolean") return { value: input };
  const text = input === undefined || input === null ? "" : String(input);
  if (numberFormat === "@") return { value: text };
  if (text.startsWith("=") && text.length > 1) return { value: "", formula: text };
  const trimmed = text.trim();
  if (NUMERIC.test(trimmed)) return { value: Number(trimmed) };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toUpperCase() === "TRUE" };
  return { value: text };
}

export type ValueType = "Empty" | "String" | "Integer" | "Double" | "Boolean" | "Error";

export function valueType(value: CellValue): ValueType {
  if (value === "") return "Empty";
  if (typeof value === "boolean") return "Boolean";
  if (typeof value === "number") return Number.isInteger(value) ? "Integer" : "Double";
  if (/^#(DIV\/0!|VALUE!|REF!|NAME\?|N\/A|NUM!|NULL!)$/.test(value)) return "Error";
  return "String";
}

/** Displayed text: only General, `@`, `0`, `0.00`-style and `0%` formats are rendered. */
export function displayText(value: CellValue, numberFormat: string): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value !== "number") return value;
  const decimals = /^0(\.(0+))?(%?)$/.exec(numberFormat);
  if (decimals) {
    const scaled = decimals[3] ? value * 100 : value;
    return scaled.toFixed(decimals[2]?.length ?? 0) + decimals[3];
  }
  return String(value);
}
