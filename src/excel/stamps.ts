import { checkStamps, SheetStamp } from "../core";
import type { SheetReport } from "./sheet-report";

/** The stamps as found in each of the two places; they are kept apart so tampering shows. */
export interface WorkbookStamps {
  xml: SheetStamp[];
  grid: SheetStamp[];
}

export const NO_STAMPS: WorkbookStamps = { xml: [], grid: [] };

/**
 * The stamps after loading `added` sheets: each place keeps its own earlier record (so a
 * disagreement made before stays visible), loses sheets that no longer exist, and gains the new.
 */
export function withAddedStamps(
  current: WorkbookStamps,
  added: SheetStamp[],
  sheetNames: string[]
): WorkbookStamps {
  const names = new Set(sheetNames);
  const replaced = new Set(added.map((s) => s.sheet));
  const update = (list: SheetStamp[]) => [
    ...list.filter((s) => names.has(s.sheet) && !replaced.has(s.sheet)),
    ...added,
  ];
  return { xml: update(current.xml), grid: update(current.grid) };
}

/** Adds the stamp checks to each template sheet's findings. */
export function withStampFindings(reports: SheetReport[], stamps: WorkbookStamps): SheetReport[] {
  return reports.map((report) => {
    if (report.kind !== "template") return report;
    const found = checkStamps([report.data], stamps.xml, stamps.grid);
    if (found.length === 0) return report;
    return { ...report, findings: [...found, ...report.findings] };
  });
}
