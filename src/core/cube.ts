import { dataCellAddress, SheetData } from "./layout/read-sheet";
import { DimensionKey, keyString, RowSet, templateLayout } from "./layout/sheet-layout";
import { normalisePeriod } from "./periods";
import { Observation, STATUS_NORMAL } from "./sdmx/observation";
import { Template } from "./templates/schema";
import { CellValue, classifyFigure } from "./values";

function notAvailableMarker(template: Template): string {
  const rule = template.rules.find((r) => r.kind === "value");
  return rule && rule.kind === "value" ? rule.notAvailable : ":";
}

/** The sheet's fixed part of every observation key: freq, unit and the reporting country. */
function fixedKey(sheet: SheetData): Record<string, string> {
  const key: Record<string, string> = {};
  for (const dim of sheet.template.dimensions) {
    if (dim.role === "fixed") key[dim.id] = dim.value!;
    if (dim.role === "reportingCountry") key[dim.id] = sheet.country;
  }
  return key;
}

/** The observations a sheet holds: every figure and every "not available" marker. */
export function sheetToObservations(sheet: SheetData): Observation[] {
  const marker = notAvailableMarker(sheet.template);
  const period = normalisePeriod(sheet.period, sheet.template.frequency) ?? sheet.period;
  const fixed = fixedKey(sheet);
  const observations: Observation[] = [];
  sheet.values.forEach((row, r) =>
    row.forEach((value, c) => {
      const figure = classifyFigure(value, marker);
      if (figure.kind === "empty" || figure.kind === "invalid") return;
      const key = { ...fixed, ...sheet.layout.rowKeys[r], ...sheet.layout.colKeys[c] };
      const number = figure.kind === "number" ? figure.value : null;
      observations.push({
        key,
        period,
        value: number,
        status: number === null ? "M" : STATUS_NORMAL,
      });
    })
  );
  return observations;
}

/** An empty sheet of a template with every row code, or only the common ones. */
export function emptySheet(
  template: Template,
  country: string,
  period: string,
  rows: RowSet = "all"
): SheetData {
  const layout = templateLayout(template, rows);
  return {
    template,
    templateVersion: template.version,
    country,
    period,
    layout,
    values: layout.rowKeys.map(() => layout.colKeys.map(() => null)),
  };
}

export interface Placement {
  row: number;
  col: number;
  address: string;
  value: CellValue;
}

export interface Unplaced {
  observation: Observation;
  reason: string;
}

/**
 * Finds the cell of each observation on a sheet, by dimension key. Observations of another
 * country, period or fixed code, with no matching cell, or repeating a key are returned as
 * unplaced with the reason, never dropped silently.
 */
export function placeObservations(
  sheet: SheetData,
  observations: Observation[]
): { placements: Placement[]; unplaced: Unplaced[] } {
  const { layout, template } = sheet;
  const marker = notAvailableMarker(template);
  // Cleared rows and columns (all codes empty) are never the cell of an observation.
  const index = (keys: DimensionKey[], dims: string[]) =>
    new Map(
      keys.flatMap((k, i) => (dims.every((d) => !k[d]) ? [] : [[keyString(k, dims), i] as const]))
    );
  const rows = index(layout.rowKeys, layout.rowDims);
  const cols = index(layout.colKeys, layout.colDims);
  const period = normalisePeriod(sheet.period, template.frequency) ?? sheet.period;
  const fixed = fixedKey(sheet);
  const taken = new Set<string>();
  const placements: Placement[] = [];
  const unplaced: Unplaced[] = [];

  for (const observation of observations) {
    const skip = (reason: string) => unplaced.push({ observation, reason });
    const wrongFixed = Object.entries(fixed).find(([d, code]) => observation.key[d] !== code);
    if (wrongFixed) {
      skip(
        `${wrongFixed[0]} is ${observation.key[wrongFixed[0]]}, the sheet's is ${wrongFixed[1]}`
      );
      continue;
    }
    if (observation.period !== period) {
      skip(`period ${observation.period} is not the sheet's ${period}`);
      continue;
    }
    const row = rows.get(keyString(observation.key, layout.rowDims));
    const col = cols.get(keyString(observation.key, layout.colDims));
    if (row === undefined || col === undefined) {
      skip("the sheet has no cell for this key");
      continue;
    }
    const address = dataCellAddress(sheet, row, col);
    if (taken.has(address)) {
      skip(`a second observation for the cell ${address}`);
      continue;
    }
    taken.add(address);
    placements.push({ row, col, address, value: observation.value ?? marker });
  }
  return { placements, unplaced };
}

export function describeKey(observation: Observation): string {
  return Object.entries(observation.key)
    .map(([d, code]) => `${d}=${code}`)
    .join(", ");
}
