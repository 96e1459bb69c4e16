import { emptySheet, planSums, SheetData, Template } from "../src/core";
import { sumCells, sumLines } from "../src/core/rules/sum-rule";

/** A sheet of the template with every figure cell filled with a small random count. */
export function filledSheet(template: Template, next: () => number): SheetData {
  const sheet = emptySheet(template, "ME", periodFor(template));
  sheet.values = sheet.values.map((row) => row.map(() => Math.floor(next() * 20)));
  return sheet;
}

export function periodFor(template: Template): string {
  return template.frequency === "M" ? "2026-06" : template.frequency === "Q" ? "2026-Q2" : "2026";
}

/** A filled sheet whose totals equal their parts: every identity recomputed until none moves. */
export function consistentSheet(template: Template, next: () => number): SheetData {
  const sheet = filledSheet(template, next);
  const checks = planSums(template, sheet.layout);
  for (let pass = 0, moved = true; moved && pass < 20; pass++) {
    moved = false;
    for (const check of checks) {
      for (let line = 0; line < sumLines(sheet, check); line++) {
        const [[tr, tc], ...parts] = sumCells(check, line);
        const sum = parts.reduce((n, [r, c]) => n + (sheet.values[r][c] as number), 0);
        if (sheet.values[tr][tc] !== sum) {
          sheet.values[tr][tc] = sum;
          moved = true;
        }
      }
    }
  }
  return sheet;
}
