import { codeLists } from "../codelists/registry";
import { Dimension, Template } from "../templates/schema";

/** A cell's position along the varying dimensions: dimension id → code. */
export type DimensionKey = Record<string, string>;

/**
 * Where everything sits on a template's worksheet. Rows 1–5 carry the title and the sheet's
 * metadata; then, for each column dimension, a row of codes and a row of labels; then a header
 * row for the row dimensions; then one row per row key. Each row dimension takes two columns
 * (code, label) on the left. Codes are on the sheet so any cell's key can be read back from it.
 */
export const META = {
  titleRow: 0,
  templateRow: 1,
  countryRow: 2,
  periodRow: 3,
  unitRow: 4,
  /** Column of the values in the metadata rows (B). */
  valueCol: 1,
  /** Column of the template version (D2) and of labels next to codes (C3, C5). */
  versionCol: 3,
  labelCol: 2,
  firstHeaderRow: 6,
} as const;

export interface SheetLayout {
  rowDims: string[];
  colDims: string[];
  rowKeys: DimensionKey[];
  colKeys: DimensionKey[];
  /** Zero-based position of the first figure cell. */
  firstDataRow: number;
  firstDataCol: number;
  /** Row of codes for the i-th column dimension; its labels are on the next row. */
  codeRowOf(colDimIndex: number): number;
  rowHeaderRow: number;
}

export function dimension(template: Template, id: string): Dimension {
  const found = template.dimensions.find((d) => d.id === id);
  if (!found) throw new Error(`Template ${template.id} has no dimension ${id}`);
  return found;
}

/**
 * Which codes of a dimension a sheet lays out: the template's own choice, else either every code
 * of the code list ("all": what an exchange must be able to place) or the codes a country
 * usually needs ("common": what a new sheet starts with; the user adds rows for the others).
 */
export type RowSet = "all" | "common";

export function sheetCodes(dim: Dimension, rows: RowSet = "all"): string[] {
  if (dim.codes) return dim.codes;
  const list = codeLists.get(dim.codeList);
  if (rows === "common" && dim.role === "row" && list.common) return list.common;
  return list.codes.map((c) => c.code);
}

function cartesian(dims: Dimension[], rows: RowSet): DimensionKey[] {
  return dims.reduce<DimensionKey[]>(
    (keys, dim) =>
      keys.flatMap((key) => sheetCodes(dim, rows).map((code) => ({ ...key, [dim.id]: code }))),
    [{}]
  );
}

export function headerGeometry(rowDimCount: number, colDimCount: number) {
  const rowHeaderRow = META.firstHeaderRow + 2 * colDimCount;
  return {
    rowHeaderRow,
    firstDataRow: rowHeaderRow + 1,
    firstDataCol: 2 * rowDimCount,
    codeRowOf: (i: number) => META.firstHeaderRow + 2 * i,
  };
}

/** The layout of a template's sheet, with all row codes or only the common ones. */
export function templateLayout(template: Template, rows: RowSet = "all"): SheetLayout {
  const rowDims = template.layout.rows;
  const colDims = template.layout.columns;
  return {
    rowDims,
    colDims,
    rowKeys: cartesian(
      rowDims.map((id) => dimension(template, id)),
      rows
    ),
    colKeys: cartesian(
      colDims.map((id) => dimension(template, id)),
      rows
    ),
    ...headerGeometry(rowDims.length, colDims.length),
  };
}

export function keyString(key: DimensionKey, dims: string[]): string {
  return dims.map((d) => key[d] ?? "").join("|");
}
