import {
  emptySheet,
  getTemplate,
  historyPeriods,
  Observation,
  plausibilityFindings,
  SheetData,
  usualRange,
  validateForSubmission,
} from "../../src/core";
import { setFigure } from "../support/sheets";

const template = getTemplate("ASYAPPCTZM");
const cell = { citizen: "SY", sex: "F", age: "TOTAL", applicant: "TOTAL" };
const fullKey = { freq: "M", unit: "PER", geo: "ME", ...cell };

function sheetWith(value: number | string | null, period = "2026-06"): SheetData {
  const sheet = emptySheet(template, "ME", period, "common");
  setFigure(sheet, cell, value);
  return sheet;
}

/** One observation per month before June 2026, oldest first. */
function history(values: number[], key = fullKey): Observation[] {
  const periods = historyPeriods("2026-06", "M").slice(-values.length);
  return values.map((value, i) => ({ key, period: periods[i], value, status: "A" }));
}

const STEADY = [120, 95, 130, 150, 110, 125, 140, 100, 135, 160, 90, 128];

describe("the usual range of a cell", () => {
  test("is the median ± 4 robust spreads, never below 0", () => {
    expect(usualRange([10, 10, 10, 10])).toEqual({ low: 0, high: 30 });
    const { low, high } = usualRange(STEADY);
    expect(low).toBeGreaterThan(0);
    expect(low).toBeLessThan(90);
    expect(high).toBeGreaterThan(160);
    expect(high).toBeLessThan(300);
  });

  test("one earlier outlier does not widen it", () => {
    expect(usualRange([...STEADY.slice(1), 5000])).toEqual(usualRange([...STEADY.slice(1), 160]));
  });

  test("small counts do not warn on 3 → 9", () => {
    const { high } = usualRange([3, 2, 4, 3, 3, 2]);
    expect(high).toBeGreaterThanOrEqual(9);
  });
});

describe("plausibility against the cell's history", () => {
  test("a figure far above its history is a warning showing the history", () => {
    const [finding] = plausibilityFindings(sheetWith(480), history(STEADY));
    expect(finding).toMatchObject({
      ruleId: "usual-range",
      severity: "warning",
      messageId: "plausibility.high",
      actual: 480,
    });
    expect(finding.history?.points).toHaveLength(12);
    expect(finding.history?.points[0]).toEqual({ period: "2025-06", value: 120 });
    expect(finding.history?.points[11].period).toBe("2026-05");
    const { low, high } = finding.history!;
    expect(finding.message).toBe(
      `Syria, all applicants, Females, all ages: 480 is far above this cell's usual range of ` +
        `${low}–${high} (12 earlier periods, 2025-06 to 2026-05). Check the figure, or explain ` +
        "it when submitting."
    );
  });

  test("a figure far below is a warning too", () => {
    const [finding] = plausibilityFindings(sheetWith(2), history(STEADY));
    expect(finding.messageId).toBe("plausibility.low");
  });

  test("a figure within the range passes", () => {
    expect(plausibilityFindings(sheetWith(170), history(STEADY))).toEqual([]);
  });

  test.each([":", null])("never warns on %p", (value) => {
    expect(plausibilityFindings(sheetWith(value), history(STEADY))).toEqual([]);
  });

  test("needs enough history: five months are not judged, six are", () => {
    expect(plausibilityFindings(sheetWith(480), history(STEADY.slice(-5)))).toEqual([]);
    expect(plausibilityFindings(sheetWith(480), history(STEADY.slice(-6)))).toHaveLength(1);
  });

  test("reads only the same key, country and the window before the period", () => {
    const otherCountry = history(STEADY, { ...fullKey, geo: "AL" });
    const otherCell = history(STEADY, { ...fullKey, sex: "M" });
    expect(plausibilityFindings(sheetWith(480), [...otherCountry, ...otherCell])).toEqual([]);
    const later = history(STEADY).map((o) => ({ ...o, period: `2027-${o.period.slice(5)}` }));
    expect(plausibilityFindings(sheetWith(480), later)).toEqual([]);
  });

  test("a resubmitted period replaces the earlier figure", () => {
    const revised = history(STEADY.map(() => 470));
    const found = plausibilityFindings(sheetWith(480), [...history(STEADY), ...revised]);
    expect(found).toEqual([]);
  });

  test("is deterministic whatever the order of the history", () => {
    const obs = history(STEADY);
    const reversed = [...obs].reverse();
    expect(plausibilityFindings(sheetWith(480), reversed)).toEqual(
      plausibilityFindings(sheetWith(480), obs)
    );
  });

  test("stocks are judged the same way (pending cases)", () => {
    const pending = getTemplate("ASYPENCTZM");
    expect(pending.measure).toBe("stock");
    const sheet = emptySheet(pending, "ME", "2026-06", "common");
    const key = { citizen: "SY", sex: "F", age: "TOTAL" };
    setFigure(sheet, key, 900);
    const obs = historyPeriods("2026-06", "M").map((period) => ({
      key: { freq: "M", unit: "PER", geo: "ME", ...key },
      period,
      value: 100,
      status: "A",
    }));
    expect(plausibilityFindings(sheet, obs)).toHaveLength(1);
  });

  test("runs in validateForSubmission when history is given", () => {
    const sheet = sheetWith(480);
    const ids = (h?: Observation[]) =>
      validateForSubmission(template, sheet, { history: h }).map((f) => f.ruleId);
    expect(ids()).not.toContain("usual-range");
    expect(ids(history(STEADY))).toContain("usual-range");
  });

  test("history periods for a monthly, quarterly and annual sheet", () => {
    expect(historyPeriods("2026-02", "M")[0]).toBe("2025-02");
    expect(historyPeriods("2026-02", "M")[11]).toBe("2026-01");
    expect(historyPeriods("2026-Q1", "Q")).toEqual([
      "2024-Q1",
      "2024-Q2",
      "2024-Q3",
      "2024-Q4",
      "2025-Q1",
      "2025-Q2",
      "2025-Q3",
      "2025-Q4",
    ]);
    expect(historyPeriods("2026", "A")).toEqual(["2021", "2022", "2023", "2024", "2025"]);
  });
});
