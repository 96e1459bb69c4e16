import { CellValue, codeLists, findPackage, ReportingPackage } from "../core";

/**
 * The cover sheet of a reporting package: what was loaded, and one row per table with its
 * deadline and status. It is plain values, so it reads the same in any spreadsheet program; the
 * pane finds it by the package id in B2, not by its name.
 */
export interface CoverEntry {
  sheet: string;
  templateId: string;
  title: string;
  deadline: string;
  status: string;
}

export interface CoverData {
  packageId: string;
  entries: (CoverEntry & { row: number })[];
}

const PACKAGE_ROW = 1;
const HEADER_ROW = 5;
export const FIRST_ENTRY_ROW = HEADER_ROW + 1;
export const STATUS_COL = 4;
const HEADER = ["Sheet", "Table", "Title", "Deadline", "Status"];

export const NOT_STARTED = "Not started";

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function coverGrid(
  pkg: ReportingPackage,
  country: string,
  period: string,
  entries: CoverEntry[]
): CellValue[][] {
  const width = HEADER.length;
  const line = (...cells: CellValue[]) => [...cells, ...new Array(width - cells.length).fill(null)];
  return [
    line(capitalised(pkg.title)),
    line("Package", pkg.id),
    line("Reporting country", country, codeLists.label("geo", country) ?? null),
    line("Reference period", period),
    line(),
    HEADER,
    ...entries.map((e) => [e.sheet, e.templateId, e.title, e.deadline, e.status]),
  ];
}

export function coverEntryCount(grid: CellValue[][]): number {
  return grid.length - FIRST_ENTRY_ROW;
}

const text = (value: CellValue | undefined) =>
  value === null || value === undefined ? "" : String(value);

/** The cover as read back; undefined when the grid is not a cover. */
export function readCover(grid: CellValue[][]): CoverData | undefined {
  const packageId = text(grid[PACKAGE_ROW]?.[1]);
  if (text(grid[PACKAGE_ROW]?.[0]) !== "Package" || !findPackage(packageId)) return undefined;
  const entries: CoverData["entries"] = [];
  for (let row = FIRST_ENTRY_ROW; row < grid.length; row++) {
    const cells = grid[row] ?? [];
    if (!text(cells[0])) break;
    const [sheet, templateId, title, deadline, status] = HEADER.map((_, i) => text(cells[i]));
    entries.push({ row, sheet, templateId, title, deadline, status });
  }
  return { packageId, entries };
}
