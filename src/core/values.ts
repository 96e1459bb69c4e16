/** A cell's content as a host reads it: Excel gives numbers, text, booleans or nothing. */
export type CellValue = number | string | boolean | null;

export type Figure =
  | { kind: "empty" }
  | { kind: "number"; value: number }
  | { kind: "notAvailable" }
  | { kind: "invalid"; problem: "negative" | "decimal" | "text" | "boolean" | "tooLarge" };

/**
 * Classifies a figure cell. Text that looks like a number is still text (Excel does not add it
 * up), so it is reported rather than silently converted.
 */
export function classifyFigure(value: CellValue, notAvailable: string): Figure {
  if (value === null || value === "") return { kind: "empty" };
  if (typeof value === "boolean") return { kind: "invalid", problem: "boolean" };
  if (typeof value === "string") {
    return value === notAvailable ? { kind: "notAvailable" } : { kind: "invalid", problem: "text" };
  }
  if (!Number.isFinite(value) || Math.abs(value) > Number.MAX_SAFE_INTEGER) {
    return { kind: "invalid", problem: "tooLarge" };
  }
  if (value < 0) return { kind: "invalid", problem: "negative" };
  if (!Number.isInteger(value)) return { kind: "invalid", problem: "decimal" };
  return { kind: "number", value };
}
