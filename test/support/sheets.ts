import { emptySheet, getTemplate, SheetData, validateSheet } from "../../src/core";
import { CellValue } from "../../src/core";

/** Builds template sheets in memory and sets figures by dimension key, for rule tests. */
export function monthlySheet(country = "ME", period = "2026-06"): SheetData {
  return emptySheet(getTemplate("ASYAPPCTZM"), country, period);
}

export function setFigure(sheet: SheetData, key: Record<string, string>, value: CellValue): void {
  const { layout } = sheet;
  const row = layout.rowKeys.findIndex((k) => layout.rowDims.every((d) => k[d] === key[d]));
  const col = layout.colKeys.findIndex((k) => layout.colDims.every((d) => k[d] === key[d]));
  if (row < 0 || col < 0) throw new Error(`no cell for ${JSON.stringify(key)}`);
  sheet.values[row][col] = value;
}

export function ruleIds(sheet: SheetData): string[] {
  return validateSheet(sheet).map((f) => f.ruleId);
}
