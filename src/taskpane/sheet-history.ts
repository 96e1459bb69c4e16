import {
  Finding,
  historyPeriods,
  normalisePeriod,
  Observation,
  SheetData,
  sheetToObservations,
  validateForSubmission,
} from "../core";
import type { SheetReport } from "../excel";

/** Where a sheet's history came from: the exchange's accepted data, or earlier sheets. */
export type HistorySource = "exchange" | "workbook";

export interface SheetHistory {
  source: HistorySource;
  observations: Observation[];
}

export interface HistoryFetch {
  endpoint: string;
  token: string;
  templateId: string;
  country: string;
  periods: string[];
}

/** The periods a sheet's plausibility check reads; none when its period cannot be read. */
export function periodsBefore(sheet: SheetData): string[] {
  const period = normalisePeriod(sheet.period, sheet.template.frequency);
  return period ? historyPeriods(period, sheet.template.frequency) : [];
}

/**
 * The figures of earlier sheets of the same template and country in the workbook, for when the
 * exchange cannot be asked: each sheet whose period lies in the window the check reads.
 */
export function workbookHistory(sheet: SheetData, reports: SheetReport[]): Observation[] {
  const periods = new Set(periodsBefore(sheet));
  return reports.flatMap((report) => {
    if (report.kind !== "template") return [];
    const other = report.data;
    if (other.template.id !== sheet.template.id || other.country !== sheet.country) return [];
    const period = normalisePeriod(other.period, other.template.frequency);
    return period && periods.has(period) ? sheetToObservations(other) : [];
  });
}

/**
 * The plausibility warnings of a sheet against a history: the same check the exchange runs on
 * receipt, so the official justifies them before sending rather than after a refusal.
 */
export function historyWarnings(sheet: SheetData, history: Observation[]): Finding[] {
  if (history.length === 0) return [];
  return validateForSubmission(sheet.template, sheet, { history }).filter(
    (f) => f.severity === "warning" && f.history !== undefined
  );
}

/**
 * The accepted history of each template, country and period, kept for the pane's session: the
 * accepted data of earlier periods rarely change while a sheet is being filled, and each edit
 * re-runs the check. A failed request is not kept, so the next check asks again.
 */
export class HistoryCache {
  private readonly kept = new Map<string, Promise<Observation[]>>();

  constructor(private readonly fetchHistory: (query: HistoryFetch) => Promise<Observation[]>) {}

  get(query: HistoryFetch): Promise<Observation[]> {
    const id = [query.endpoint.trim(), query.templateId, query.country, ...query.periods].join("|");
    let found = this.kept.get(id);
    if (!found) {
      found = this.fetchHistory(query);
      this.kept.set(id, found);
      found.catch(() => this.kept.delete(id));
    }
    return found;
  }
}
