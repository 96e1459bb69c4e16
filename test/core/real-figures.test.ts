import fs from "fs";
import {
  emptySheet,
  getTemplate,
  placeObservations,
  readSdmxCsv,
  SheetData,
  validateSheet,
} from "../../src/core";
import {
  ADJUSTED_ME2022,
  adjustTotals,
  PUBLISHED_ME2022,
  readLongRows,
  toSdmx1,
} from "../support/real-figures";

const template = getTemplate("ASYAPPCTZA");

function sheetFrom(file: string): SheetData {
  const parsed = readSdmxCsv(fs.readFileSync(file, "utf8"), template);
  expect(parsed.problems).toEqual([]);
  const sheet = emptySheet(template, "ME", "2022");
  const { placements, unplaced } = placeObservations(sheet, parsed.observations);
  expect(unplaced).toEqual([]);
  for (const p of placements) sheet.values[p.row][p.col] = p.value;
  return sheet;
}

describe("Montenegro's published 2022 asylum applicants (Eurostat migr_asyappctza)", () => {
  test("the derived fixtures are exactly what the derivation from the real file gives", () => {
    const rows = readLongRows("ME", "2022");
    expect(rows.length).toBe(1248);
    expect(fs.readFileSync(PUBLISHED_ME2022, "utf8")).toBe(toSdmx1(rows, "ME", "2022"));
    expect(fs.readFileSync(ADJUSTED_ME2022, "utf8")).toBe(
      toSdmx1(adjustTotals(rows), "ME", "2022")
    );
  });

  test("every code and the structure are accepted, legacy applicant codes included", () => {
    const parsed = readSdmxCsv(fs.readFileSync(PUBLISHED_ME2022, "utf8"));
    expect(parsed.format).toBe("1.0");
    expect(parsed.template.id).toBe("ASYAPPCTZA");
    expect(new Set(parsed.observations.map((o) => o.key.applicant))).toEqual(
      new Set(["TOTAL", "FRST", "SSEQ"])
    );
    const findings = validateSheet(sheetFrom(PUBLISHED_ME2022), { roundedTo: "auto" });
    expect(findings.filter((f) => f.ruleId !== "sheet-metadata" && !f.involved)).toEqual([]);
  });

  test("every identity finding on the published figures is one rounding can explain, and says so", () => {
    const findings = validateSheet(sheetFrom(PUBLISHED_ME2022), { roundedTo: "auto" });
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(f.involved).toBeDefined();
      expect(f.rounding?.base).toBe(5);
      expect(Math.abs((f.actual as number) - f.expected!)).toBeLessThanOrEqual(
        f.rounding!.maxDifference
      );
      expect(f.message).toMatch(/rounded to the nearest 5/);
    }
    const citizenTotal = findings.find((f) => f.ruleId === "citizen-total" && f.address === "C14");
    expect(citizenTotal?.actual).toBe(180);
  });

  test("the same identity without rounding is reported without the rounding sentence", () => {
    const findings = validateSheet(sheetFrom(PUBLISHED_ME2022));
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => !f.rounding && !/rounded/.test(f.message))).toBe(true);
  });

  test("once totals are adjusted to their parts the sheet is clean", () => {
    expect(validateSheet(sheetFrom(ADJUSTED_ME2022))).toEqual([]);
  });
});
