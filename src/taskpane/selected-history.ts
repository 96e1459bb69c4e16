import type { SelectedCell, SheetReport } from "../excel";
import type { HistoryChartProps } from "./HistoryChart";
import { findingsOf } from "./reports";

/**
 * What the history chart shows for the cell selected in Excel: present only when that cell has
 * a finding with its history (a plausibility warning) and a figure to set against it.
 */
export function selectedHistory(
  reports: SheetReport[],
  selected: SelectedCell | undefined
): HistoryChartProps | undefined {
  if (!selected) return undefined;
  const report = reports.find((r) => r.sheetId === selected.sheetId);
  if (report?.kind !== "template") return undefined;
  const finding = findingsOf(report).find(
    (f) => f.address === selected.address && f.history && typeof f.actual === "number"
  );
  if (!finding?.history || typeof finding.actual !== "number") return undefined;
  const { points, low, high } = finding.history;
  return {
    cell: selected.address,
    points,
    band: { low, high },
    current: { period: report.data.period, value: finding.actual },
  };
}
