import { CellValue, SheetData, SheetValidator, validateSheet } from "../../src/core";
import { monthlySheet } from "../support/sheets";

/** A small deterministic pseudo-random generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function copy(sheet: SheetData): SheetData {
  return { ...sheet, values: sheet.values.map((row) => [...row]) };
}

const SAMPLE_VALUES: CellValue[] = [0, 1, 2, 3, 5, 8, 13, null, ":", -1, 2.5, "x"];

describe("incremental validation", () => {
  test("after any sequence of edits it reports exactly what a full validation reports", () => {
    const next = random(42);
    const sheet = monthlySheet();
    const validator = new SheetValidator(copy(sheet));
    const rows = sheet.values.length;
    const cols = sheet.values[0].length;
    for (let step = 0; step < 300; step++) {
      const burst = Array.from({ length: 1 + Math.floor(next() * 4) }, () => ({
        // Edits cluster on the first rows and the total row so identities really fire.
        row: next() < 0.5 ? Math.floor(next() * 4) : Math.floor(next() * rows),
        col: Math.floor(next() * cols),
        value: SAMPLE_VALUES[Math.floor(next() * SAMPLE_VALUES.length)],
      }));
      validator.setCells(burst);
      for (const { row, col, value } of burst) sheet.values[row][col] = value;
      if (step % 25 === 0) expect(validator.findings()).toEqual(validateSheet(copy(sheet)));
    }
    expect(validator.findings()).toEqual(validateSheet(copy(sheet)));
    expect(validator.findings().length).toBeGreaterThan(0);
  });

  test("an edit re-runs only the checks that read the edited cell", () => {
    const validator = new SheetValidator(monthlySheet());
    // A detailed cell (Syria, first-time, male, 18-34) is read by its own value check, the sex,
    // age and applicant identities of its row, the citizenship identity of its column, and the
    // inequality first-time ≤ all applicants.
    const sheet = validator.sheet;
    const row = sheet.layout.rowKeys.findIndex((k) => k.citizen === "SY");
    const col = sheet.layout.colKeys.findIndex(
      (k) => k.applicant === "FRST" && k.sex === "M" && k.age === "Y18-34"
    );
    expect(validator.setCells([{ row, col, value: 4 }])).toBe(6);
  });
});
