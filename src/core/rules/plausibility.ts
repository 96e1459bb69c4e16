import { Finding } from "../findings";
import { dataCellAddress, SheetData } from "../layout/read-sheet";
import { keyString } from "../layout/sheet-layout";
import { normalisePeriod } from "../periods";
import { Observation } from "../sdmx/observation";
import { Frequency, Rule } from "../templates/schema";
import { finding } from "./finding-builder";
import { labelParam } from "../i18n/label-refs";
import { cellPieces } from "./labels";

type PlausibilityRule = Extract<Rule, { kind: "plausibility" }>;

export interface PlausibilityOptions {
  /** Half-width of the band in robust spreads; 4 unless set. */
  spreads?: number;
  /** The smallest spread, in persons, so small counts (3 → 9) never warn; 5 unless set. */
  minSpread?: number;
}

/**
 * How far back a cell's history reaches: the twelve months before a monthly period, the eight
 * quarters before a quarterly one, the five years before an annual one. Each window holds the
 * same period a year earlier, so a seasonal peak is measured against last year's peak too.
 */
const WINDOW: Record<Frequency, number> = { M: 12, Q: 8, A: 5 };
/** Fewer earlier figures than this and a cell is not judged (the rule may ask for more). */
const MIN_POINTS: Record<Frequency, number> = { M: 6, Q: 4, A: 3 };

/** A period as a count of periods since year 0, so windows are plain subtraction. */
function periodIndex(period: string, frequency: Frequency): number {
  const year = Number(period.slice(0, 4));
  if (frequency === "M") return year * 12 + Number(period.slice(5, 7)) - 1;
  if (frequency === "Q") return year * 4 + Number(period.slice(6)) - 1;
  return year;
}

function median(sorted: number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * The band a cell's figure is expected in, from its earlier figures. Its centre is the median
 * and its spread the median absolute deviation scaled to a standard deviation (× 1.4826), both
 * robust: one earlier outlier moves neither. The spread is at least a tenth of the median (a
 * count of 1,000 varies by more than 1% however steady its history) and at least `minSpread`
 * persons (so 3 → 9 is no warning). The band is centre ± `spreads` spreads, never below 0.
 */
export function usualRange(
  values: number[],
  options: PlausibilityOptions = {}
): { low: number; high: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const centre = median(sorted);
  const deviations = sorted.map((v) => Math.abs(v - centre)).sort((a, b) => a - b);
  const spread = Math.max(1.4826 * median(deviations), centre / 10, options.minSpread ?? 5);
  const width = (options.spreads ?? 4) * spread;
  return { low: Math.max(0, Math.floor(centre - width)), high: Math.ceil(centre + width) };
}

/**
 * Warnings for figures far outside the cell's own history: the same country's figures for the
 * same key in the periods before the sheet's (see WINDOW), as the exchange or earlier sheets
 * hold them. A later observation of a period replaces an earlier one (a resubmission). Markers,
 * blanks and cells with too little history are never judged. Pure and deterministic: the same
 * sheet and history give the same findings.
 */
export function plausibilityFindings(
  sheet: SheetData,
  history: Observation[],
  options: PlausibilityOptions = {}
): Finding[] {
  const { template, layout } = sheet;
  const rule = template.rules.find((r): r is PlausibilityRule => r.kind === "plausibility");
  const period = normalisePeriod(sheet.period, template.frequency);
  if (!rule || !period || history.length === 0) return [];
  const frequency = template.frequency;
  const window = WINDOW[frequency];
  const now = periodIndex(period, frequency);
  // Keys are compared as text in one dimension order: fixed codes, then rows, then columns, so
  // a cell's text is its row's part joined to its column's part.
  const fixed: Record<string, string> = {};
  for (const d of template.dimensions) {
    if (d.role === "fixed") fixed[d.id] = d.value!;
    if (d.role === "reportingCountry") fixed[d.id] = sheet.country;
  }
  const fixedDims = Object.keys(fixed);
  const dims = [...fixedDims, ...layout.rowDims, ...layout.colDims];

  // How many periods back each period of the history is (1 = the one before), read once each.
  const ages = new Map<string, number>();
  const ageOf = (text: string) => {
    let age = ages.get(text);
    if (age === undefined) {
      const when = normalisePeriod(text, frequency);
      age = when ? now - periodIndex(when, frequency) : 0;
      ages.set(text, age);
    }
    return age;
  };
  // Per key, the figure of each period of the window, indexed by age; a later observation of a
  // period replaces an earlier one.
  const byKey = new Map<string, (number | undefined)[]>();
  for (const o of history) {
    if (o.value === null) continue;
    const age = ageOf(o.period);
    if (age < 1 || age > window) continue;
    const id = keyString(o.key, dims);
    let points = byKey.get(id);
    if (!points) byKey.set(id, (points = new Array<number | undefined>(window + 1)));
    points[age] = o.value;
  }
  if (byKey.size === 0) return [];

  const periodAt = (age: number) => {
    for (const [text, a] of ages) if (a === age) return normalisePeriod(text, frequency)!;
    return "";
  };
  const minPoints = rule.minPoints ?? MIN_POINTS[frequency];
  const fixedPart = keyString(fixed, fixedDims);
  const rowParts = layout.rowKeys.map((k) => keyString(k, layout.rowDims));
  const colParts = layout.colKeys.map((k) => keyString(k, layout.colDims));
  const findings: Finding[] = [];
  sheet.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (typeof value !== "number") return;
      const points = byKey.get(`${fixedPart}|${rowParts[r]}|${colParts[c]}`);
      if (!points) return;
      const values: number[] = [];
      for (let age = window; age >= 1; age--)
        if (points[age] !== undefined) values.push(points[age]!);
      if (values.length < minPoints) return;
      const { low, high } = usualRange(values, options);
      if (value >= low && value <= high) return;
      const series: { period: string; value: number }[] = [];
      for (let age = window; age >= 1; age--) {
        if (points[age] !== undefined) series.push({ period: periodAt(age), value: points[age]! });
      }
      const key = { ...layout.rowKeys[r], ...layout.colKeys[c] };
      const params = {
        ...labelParam("context", cellPieces(template, key)),
        actual: value,
        low,
        high,
        count: series.length,
        first: series[0].period,
        last: series[series.length - 1].period,
      };
      const messageId = value > high ? "plausibility.high" : "plausibility.low";
      findings.push(
        finding(rule, messageId, params, {
          sheet: sheet.sheetName,
          address: dataCellAddress(sheet, r, c),
          key,
          actual: value,
          history: { points: series, low, high },
        })
      );
    })
  );
  return findings;
}

/** The periods a sheet's plausibility check reads, oldest first, for asking the exchange. */
export function historyPeriods(period: string, frequency: Frequency): string[] {
  const now = periodIndex(period, frequency);
  const out: string[] = [];
  for (let i = WINDOW[frequency]; i >= 1; i--) {
    const n = now - i;
    if (frequency === "A") out.push(String(n));
    else if (frequency === "Q") out.push(`${Math.floor(n / 4)}-Q${(n % 4) + 1}`);
    else out.push(`${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, "0")}`);
  }
  return out;
}
