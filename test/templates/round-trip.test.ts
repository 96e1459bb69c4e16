import {
  allTemplates,
  buildSheetContent,
  emptySheet,
  placeObservations,
  planSums,
  readSdmxCsv,
  readSheet,
  SheetData,
  sheetToObservations,
  Template,
  validateSheet,
  writeSdmxCsv,
} from "../../src/core";
import { dataCellAddress } from "../../src/core/layout/read-sheet";
import { checkCells, fillConsistently } from "./fill";

const PERIOD = { M: "2026-06", Q: "2026-Q2", A: "2025" } as const;
const templates = allTemplates();

function filledSheet(t: Template): SheetData {
  const sheet = emptySheet(t, "ME", PERIOD[t.frequency]);
  fillConsistently(sheet, t.id.length * 7919);
  return sheet;
}

/** The main template of a split dataset is the one a file of that dataset is read as. */
function isMainTemplate(t: Template): boolean {
  return templates.find((other) => other.dataset === t.dataset)?.id === t.id;
}

describe.each(templates.map((t) => [t.id, t] as const))("template %s", (_, t) => {
  test("a generated sheet reads back with the same keys, country and period", () => {
    const content = buildSheetContent(t, "ME", PERIOD[t.frequency]);
    const sheet = readSheet(content.grid);
    expect(sheet.template.id).toBe(t.id);
    expect([sheet.country, sheet.period]).toEqual(["ME", PERIOD[t.frequency]]);
    expect(sheet.layout.rowKeys).toEqual(content.layout.rowKeys);
    expect(sheet.layout.colKeys).toEqual(content.layout.colKeys);
  });

  test("an all-zero sheet validates clean", () => {
    const sheet = emptySheet(t, "ME", PERIOD[t.frequency]);
    sheet.values = sheet.values.map((row) => row.map(() => 0));
    expect(validateSheet(sheet)).toEqual([]);
  });

  test("a consistent sheet validates clean and survives SDMX-CSV without loss", () => {
    const sheet = filledSheet(t);
    expect(validateSheet(sheet)).toEqual([]);

    const csv = writeSdmxCsv(t, sheetToObservations(sheet));
    const parsed = readSdmxCsv(csv, isMainTemplate(t) ? t : undefined);
    expect(parsed.problems).toEqual([]);
    expect(parsed.template.dataset).toBe(t.dataset);

    const back = emptySheet(t, "ME", PERIOD[t.frequency]);
    const { placements, unplaced } = placeObservations(back, parsed.observations);
    expect(unplaced).toEqual([]);
    for (const p of placements) back.values[p.row][p.col] = p.value;
    expect(back.values).toEqual(sheet.values);
  });

  const sumRules = t.rules.filter((r) => r.kind === "sum");
  test.each(sumRules.map((r) => [r.id] as const))(
    "breaking one total of %s gives exactly one finding of that rule, at that cell",
    (ruleId) => {
      const sheet = filledSheet(t);
      const check = planSums(t, sheet.layout).find((c) => c.rule.id === ruleId)!;
      expect(check).toBeDefined();
      const [row, col] = checkCells(check, 0).total;
      sheet.values[row][col] = (sheet.values[row][col] as number) + 1;
      const findings = validateSheet(sheet).filter((f) => f.ruleId === ruleId);
      expect(findings).toHaveLength(1);
      expect(findings[0].address).toBe(dataCellAddress(sheet, row, col));
      expect(findings[0].severity).toBe(check.rule.severity);
    }
  );
});
