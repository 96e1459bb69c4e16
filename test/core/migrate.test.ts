import {
  buildSheetContent,
  getTemplate,
  migrateSheet,
  placeObservations,
  readSheet,
  registerTemplateVersion,
  SheetData,
  sheetToObservations,
  withRows,
} from "../../src/core";
import current from "../../templates/ASYAPPCTZM.json";
import { olderApplicants } from "../cli/support/older-template";
import { consistentFigures, observationsOf } from "../cli/support/cube";

const older = olderApplicants();
const key = (o: { key: Record<string, string> }) =>
  JSON.stringify(o.key, Object.keys(o.key).sort());
const observationSet = (sheet: SheetData) =>
  sheetToObservations(sheet)
    .map((o) => `${key(o)}@${o.period}=${o.value}`)
    .sort();

/** A 0.9.0 sheet as read back from a workbook, filled with these citizenships' figures. */
function filledOlderSheet(citizens: string[]): SheetData {
  const grid = buildSheetContent(older, "ME", "2026-06", "common").grid;
  let sheet = readSheet(grid, "ASYAPPCTZM");
  const observations = observationsOf(older, consistentFigures(citizens), "ME", "2026-06").filter(
    (o) => o.key.age !== "Y_LT18"
  );
  sheet = withRows(sheet, [{ citizen: "BE" }]);
  const { placements, unplaced } = placeObservations(sheet, observations);
  expect(unplaced).toEqual([]);
  for (const p of placements) sheet.values[p.row][p.col] = p.value;
  return sheet;
}

describe("template versions", () => {
  test("a sheet is read with the template version it records in D2, when that one is known", () => {
    const made = readSheet(buildSheetContent(older, "ME", "2026-06", "common").grid, "old");
    expect(made.template).toBe(older);
    expect(made.layout.colKeys.slice(0, 7).map((k) => k.age)).toEqual(
      older.dimensions.find((d) => d.id === "age")!.codes
    );

    const grid = buildSheetContent(getTemplate("ASYAPPCTZM"), "ME", "2026-06", "common").grid;
    grid[1][3] = "0.8.0";
    const unknown = readSheet(grid, "unknown");
    expect(unknown.template).toBe(getTemplate("ASYAPPCTZM"));
    expect(unknown.templateVersion).toBe("0.8.0");
  });

  test("the current version cannot be registered as an earlier one", () => {
    expect(() => registerTemplateVersion(current)).toThrow("is the current version");
  });
});

describe("migrateSheet", () => {
  test("moves every figure by its key into the current layout, added rows included", () => {
    const old = filledOlderSheet(["SY", "BE"]);
    const { sheet, moved, lost } = migrateSheet(old, getTemplate("ASYAPPCTZM"));
    expect(lost).toEqual([]);
    expect(moved).toBe(sheetToObservations(old).length);
    expect(sheet.template.version).toBe(getTemplate("ASYAPPCTZM").version);
    expect(sheet.layout.rowKeys[sheet.layout.rowKeys.length - 1]).toEqual({ citizen: "BE" });
    expect(observationSet(sheet)).toEqual(observationSet(old));
  });

  test("moves wrong entries as they are and lists figures with no cell in the new version", () => {
    const old = withRows(filledOlderSheet(["SY"]), [{ citizen: "ZZ" }]);
    old.values[0][0] = "many";
    old.values[old.values.length - 1][2] = 4;
    const { sheet, lost } = migrateSheet(old, getTemplate("ASYAPPCTZM"));
    expect(sheet.values[0][sheet.layout.colKeys.findIndex((k) => k.age === "UNK")]).toBe("many");
    expect(lost).toHaveLength(1);
    expect(lost[0].observation).toMatchObject({ key: { citizen: "ZZ" }, value: 4 });
    expect(lost[0].reason).toContain("has no cell for this key");
  });
});
