import fs from "fs";
import path from "path";
import { csvLine } from "../../src/core/sdmx/csv-text";

/** Reads the real Eurostat long CSV and derives the fixtures documented in test/fixtures/README.md. */

export const FIXTURES = path.join(__dirname, "..", "fixtures");
export const REAL_CUBE = path.join(
  FIXTURES,
  "eurostat",
  "eurostat_migr_asyappctza_full_ME2018-2022_AT-BG2022.csv"
);
export const PUBLISHED_ME2022 = path.join(
  FIXTURES,
  "derived",
  "ME2022_asyappctza_published_sdmx1.csv"
);
export const ADJUSTED_ME2022 = path.join(
  FIXTURES,
  "derived",
  "ME2022_asyappctza_totals-adjusted_DERIVED_sdmx1.csv"
);

export interface LongRow {
  citizen: string;
  sex: string;
  age: string;
  asylApp: string;
  value: number;
}

export function readLongRows(geo: string, year: string): LongRow[] {
  const [header, ...lines] = fs.readFileSync(REAL_CUBE, "utf8").trim().split(/\r?\n/);
  const cols = header.split(",");
  const at = (name: string) => cols.indexOf(name);
  return lines
    .map((line) => line.split(","))
    .filter((f) => f[at("geo")] === geo && f[at("time")] === year)
    .map((f) => ({
      citizen: f[at("citizen")],
      sex: f[at("sex")],
      age: f[at("age")],
      asylApp: f[at("asyl_app")],
      value: Number(f[at("value")]),
    }));
}

const HEADER = [
  "DATAFLOW",
  "LAST UPDATE",
  "freq",
  "unit",
  "citizen",
  "sex",
  "age",
  "asyl_app",
  "geo",
  "TIME_PERIOD",
  "OBS_VALUE",
  "OBS_FLAG",
];

/** Writes rows as Eurostat's SDMX-CSV 1.0 (the dissemination API's format), legacy codes kept. */
export function toSdmx1(rows: LongRow[], geo: string, year: string): string {
  const lines = rows.map((r) =>
    csvLine([
      "ESTAT:MIGR_ASYAPPCTZA(1.0)",
      "18/01/24 23:00:00",
      "A",
      "PER",
      r.citizen,
      r.sex,
      r.age,
      r.asylApp,
      geo,
      year,
      String(r.value),
      "",
    ])
  );
  return [HEADER.join(","), ...lines].join("\n") + "\n";
}

const SEXES = ["M", "F", "UNK"];
const AGES = ["Y_LT14", "Y14-17", "Y18-34", "Y35-64", "Y_GE65", "UNK"];
const APPLICANTS = ["NASY_APP", "SSEQ"];
const AGGREGATE_CITIZENS = ["TOTAL", "EU27_2020", "EXT_EU27_2020"];

/**
 * Recomputes every total from the most detailed cells (citizenship × M/F/UNK × six age groups ×
 * first-time/subsequent), so that each identity the rules check holds exactly. The EU27_2020 and
 * EXT_EU27_2020 rows keep their published detailed cells: no rule adds them into the total.
 */
export function adjustTotals(rows: LongRow[]): LongRow[] {
  const leaf = new Map<string, number>();
  for (const r of rows) leaf.set([r.citizen, r.sex, r.age, r.asylApp].join("|"), r.value);
  const value = (c: string, s: string, a: string, p: string) =>
    leaf.get([c, s, a, p].join("|")) ?? 0;
  const citizens = [...new Set(rows.map((r) => r.citizen))].filter(
    (c) => !AGGREGATE_CITIZENS.includes(c)
  );

  const expand = (
    code: string,
    leaves: string[],
    total: string,
    extra: Record<string, string[]>
  ) => (code === total ? leaves : (extra[code] ?? [code]));
  const sum = (c: string, s: string, a: string, p: string): number => {
    const cs = c === "TOTAL" ? citizens : [c];
    const ss = expand(s, SEXES, "T", {});
    const as = expand(a, AGES, "TOTAL", { Y_LT18: ["Y_LT14", "Y14-17"] });
    const ps = expand(p, APPLICANTS, "ASY_APP", {});
    let total = 0;
    for (const ci of cs)
      for (const si of ss) for (const ai of as) for (const pi of ps) total += value(ci, si, ai, pi);
    return total;
  };

  return rows.map((r) => ({ ...r, value: sum(r.citizen, r.sex, r.age, r.asylApp) }));
}
