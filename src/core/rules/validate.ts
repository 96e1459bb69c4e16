import { Finding } from "../findings";
import { SheetData } from "../layout/read-sheet";
import { SheetValidator } from "./sheet-validator";

export interface ValidationOptions {
  /**
   * Base the figures were rounded to, for published data (Eurostat rounds asylum figures to 5).
   * "auto" detects it: every figure a multiple of 5. Raw national figures are not rounded.
   */
  roundedTo?: number | "auto";
}

/** Runs every rule the sheet's template declares and returns the findings, in sheet order. */
export function validateSheet(sheet: SheetData, options: ValidationOptions = {}): Finding[] {
  const roundedTo = options.roundedTo === "auto" ? detectRounding(sheet) : options.roundedTo;
  return new SheetValidator(sheet, { roundedTo }).findings();
}

/** 5 when every figure is a multiple of 5 and at least ten are not zero, else undefined. */
export function detectRounding(sheet: SheetData): number | undefined {
  let nonZero = 0;
  for (const row of sheet.values) {
    for (const v of row) {
      if (typeof v !== "number" || v === 0) continue;
      if (v % 5 !== 0) return undefined;
      nonZero++;
    }
  }
  return nonZero >= 10 ? 5 : undefined;
}
