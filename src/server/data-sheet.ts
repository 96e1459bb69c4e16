import {
  emptySheet,
  missingRowKeys,
  Observation,
  Placement,
  placeObservations,
  SheetData,
  Template,
  Unplaced,
  withRows,
} from "../core";

/** A sheet with the observations placed on it, and those that found no cell. */
export interface PlacedData {
  sheet: SheetData;
  placements: Placement[];
  unplaced: Unplaced[];
}

/**
 * The sheet the exchange checks data on, laid out as a submitter's sheet usually is: the
 * template's common rows, as a new sheet has them, then a row for each other code the data has,
 * in the template's order, as `midex import` adds them and the add-in adds a row at the end.
 * A finding's cell address is then the cell on such a sheet. A sheet whose rows were added in
 * another order or inserted elsewhere has other addresses: its client finds the cell by the
 * finding's key (src/client/finding-cells.ts). An observation whose code has no row on any
 * sheet of the template is left unplaced, with the reason.
 */
export function placeData(
  template: Template,
  country: string,
  period: string,
  observations: Observation[]
): PlacedData {
  const common = emptySheet(template, country, period, "common");
  const sheet = withRows(common, missingRowKeys(common, observations));
  const { placements, unplaced } = placeObservations(sheet, observations);
  for (const p of placements) sheet.values[p.row][p.col] = p.value;
  return { sheet, placements, unplaced };
}
