import { Finding, InvolvedCell } from "../findings";
import { dataCellAddress, SheetData } from "../layout/read-sheet";
import { DimensionKey, keyString } from "../layout/sheet-layout";
import { normalisePeriod } from "../periods";
import { Observation } from "../sdmx/observation";
import { CrossRule, PeriodSumRule, Template } from "../templates/schema";
import { finding } from "./finding-builder";
import { labelParam } from "../i18n/label-refs";
import { codePieces } from "./labels";
import { crossRules, periodSumRules } from "./package-rules";

interface Cell {
  r: number;
  c: number;
  key: DimensionKey;
}

/** Each figure cell of a sheet with its full key: fixed codes, country, row and column codes. */
function cellsOf(sheet: SheetData): Cell[] {
  const fixed: DimensionKey = {};
  for (const d of sheet.template.dimensions) {
    if (d.role === "fixed") fixed[d.id] = d.value!;
    if (d.role === "reportingCountry") fixed[d.id] = sheet.country;
  }
  const { rowKeys, colKeys } = sheet.layout;
  return rowKeys.flatMap((rowKey, r) =>
    colKeys.map((colKey, c) => ({ r, c, key: { ...fixed, ...rowKey, ...colKey } }))
  );
}

const fits = (key: DimensionKey, where: Record<string, string>) =>
  Object.entries(where).every(([d, code]) => key[d] === code);

function samePeriod(a: SheetData, b: SheetData): boolean {
  const period = (s: SheetData) => normalisePeriod(s.period, s.template.frequency) ?? s.period;
  return a.country === b.country && period(a) === period(b);
}

const nameOf = (sheet: SheetData) => sheet.sheetName ?? sheet.template.id;

function compare(rule: CrossRule, part: SheetData, whole: SheetData): Finding[] {
  const dims = [...rule.match, ...Object.keys(rule.whole.where)];
  const wholeCells = new Map<string, Cell>();
  for (const cell of cellsOf(whole)) {
    if (fits(cell.key, rule.whole.where)) wholeCells.set(keyString(cell.key, dims), cell);
  }
  const allowed = Object.entries(rule.codes);
  const findings: Finding[] = [];
  for (const cell of cellsOf(part)) {
    if (!fits(cell.key, rule.part.where)) continue;
    if (allowed.some(([d, codes]) => !codes.includes(cell.key[d]))) continue;
    const other = wholeCells.get(keyString({ ...cell.key, ...rule.whole.where }, dims));
    if (!other) continue;
    const actual = part.values[cell.r][cell.c];
    const expected = whole.values[other.r][other.c];
    if (typeof actual !== "number" || typeof expected !== "number") continue;
    const broken = rule.kind === "atMost" ? actual > expected : actual !== expected;
    if (!broken) continue;
    const involved: InvolvedCell[] = [
      { sheet: nameOf(part), address: dataCellAddress(part, cell.r, cell.c), key: cell.key },
      { sheet: nameOf(whole), address: dataCellAddress(whole, other.r, other.c), key: other.key },
    ].map((i, n) => ({ ...i, value: n === 0 ? actual : expected }));
    const params = {
      ...labelParam("context", codePieces(part.template, cell.key, rule.match)),
      ...labelParam("partLabel", [{ phrase: rule.partLabel }]),
      ...labelParam("wholeLabel", [{ phrase: rule.wholeLabel }]),
      actual,
      expected,
      sheet: involved[0].sheet!,
      address: involved[0].address,
      otherSheet: involved[1].sheet!,
      otherAddress: involved[1].address,
    };
    const messageId =
      rule.kind === "equal"
        ? "package.differs"
        : rule.severity === "error"
          ? "package.exceeds"
          : "package.exceedsUsually";
    findings.push(
      finding(rule, messageId, params, {
        sheet: involved[0].sheet,
        address: involved[0].address,
        key: cell.key,
        actual,
        expected,
        involved,
      })
    );
  }
  return findings;
}

/**
 * The rules between the sheets of one package (one workbook): for each declared relation whose
 * two templates are both present, each pair of their sheets for the same country and period is
 * compared cell by cell. Rounding to a base keeps both order and equality of one raw figure, so
 * published figures need no tolerance. A relation whose sheets are not both present is skipped.
 */
export function validatePackage(sheets: SheetData[], rules: CrossRule[] = crossRules): Finding[] {
  return rules.flatMap((rule) => {
    const parts = sheets.filter((s) => s.template.id === rule.part.template);
    const wholes = sheets.filter((s) => s.template.id === rule.whole.template);
    return parts.flatMap((p) =>
      wholes.flatMap((w) => (samePeriod(p, w) ? compare(rule, p, w) : []))
    );
  });
}

/** The shorter periods a long one is made of: 2026 → 2026-01 … 2026-12, or its quarters. */
export function subPeriods(period: string, total: Template, parts: Template): string[] {
  const year = period.slice(0, 4);
  if (total.frequency !== "A") return [];
  if (parts.frequency === "M") {
    return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, "0")}`);
  }
  if (parts.frequency === "Q") return [1, 2, 3, 4].map((q) => `${year}-Q${q}`);
  return [];
}

/**
 * An annual flow against the sum of its months (or quarters) already received, for the
 * declared pairs of templates. `partObservations` are the country's observations of the
 * shorter-period template, e.g. from the exchange. A cell is compared only when every one of its
 * months holds a number. Stocks are never summed: a rule naming a stock is refused.
 */
export function periodSumFindings(
  sheet: SheetData,
  parts: Template,
  partObservations: Observation[],
  options: { roundedTo?: number } = {},
  rules: PeriodSumRule[] = periodSumRules
): Finding[] {
  const rule = rules.find((r) => r.total === sheet.template.id && r.parts === parts.id);
  const period = normalisePeriod(sheet.period, sheet.template.frequency);
  if (!rule) return [];
  if (sheet.template.measure === "stock" || parts.measure === "stock") {
    throw new Error(`Rule ${rule.id} would add up a stock over periods`);
  }
  if (!period) return [];
  const periods = subPeriods(period, sheet.template, parts);
  if (periods.length === 0) return [];
  const wanted = new Set(periods);
  // freq differs between the two templates by definition; every other dimension must match.
  const dims = sheet.template.dimensions.map((d) => d.id).filter((d) => d !== "freq");
  const sums = new Map<string, Map<string, number>>();
  for (const o of partObservations) {
    const when = normalisePeriod(o.period, parts.frequency);
    if (!when || !wanted.has(when) || o.value === null) continue;
    const id = keyString(o.key, dims);
    let byPeriod = sums.get(id);
    if (!byPeriod) sums.set(id, (byPeriod = new Map()));
    byPeriod.set(when, o.value);
  }
  const findings: Finding[] = [];
  for (const cell of cellsOf(sheet)) {
    const actual = sheet.values[cell.r][cell.c];
    const byPeriod = sums.get(keyString(cell.key, dims));
    if (typeof actual !== "number" || !byPeriod || byPeriod.size < periods.length) continue;
    const expected = [...byPeriod.values()].reduce((a, b) => a + b, 0);
    const tolerance = options.roundedTo ? (options.roundedTo / 2) * (periods.length + 1) : 0;
    if (Math.abs(actual - expected) <= tolerance) continue;
    const address = dataCellAddress(sheet, cell.r, cell.c);
    const shownDims = [...sheet.template.layout.rows, ...sheet.template.layout.columns];
    const params = {
      ...labelParam("context", codePieces(sheet.template, cell.key, shownDims)),
      actual,
      expected,
      period,
      count: periods.length,
      first: periods[0],
      last: periods[periods.length - 1],
    };
    findings.push(
      finding(rule, "period.sumOfParts", params, {
        sheet: sheet.sheetName,
        address,
        key: cell.key,
        actual,
        expected,
      })
    );
  }
  return findings;
}
