import { Unplaced } from "../cube";
import { normalisePeriod } from "../periods";
import { Observation, STATUS_MISSING, STATUS_NORMAL } from "../sdmx/observation";
import { Template } from "../templates/schema";
import { CellValue } from "../values";
import { dataCellAddress, SheetData } from "./read-sheet";
import { dimension, DimensionKey, keyString, sheetCodes, templateLayout } from "./sheet-layout";

/**
 * Rows a sheet lacks for these cell keys: for a code the template allows but the sheet does not
 * show, the whole block of rows of that outermost code (e.g. a new citizenship with every sex),
 * so its totals can be checked like any other row's. Keys with a code outside the template's
 * code lists, or whose column is not on the sheet, give no row.
 */
function rowsFor(sheet: SheetData, keys: DimensionKey[]): DimensionKey[] {
  const { layout, template } = sheet;
  const [outer, ...inner] = layout.rowDims.map((id) => dimension(template, id));
  const allowed = new Map(
    layout.rowDims.map((id) => [id, new Set(sheetCodes(dimension(template, id)))])
  );
  const present = new Set(layout.rowKeys.map((k) => keyString(k, layout.rowDims)));
  const columns = new Set(layout.colKeys.map((k) => keyString(k, layout.colDims)));
  const outerOnSheet = new Set(layout.rowKeys.map((k) => k[outer.id]));
  const added = new Map<string, DimensionKey>();
  const add = (key: DimensionKey) => {
    const id = keyString(key, layout.rowDims);
    if (!present.has(id) && !added.has(id)) added.set(id, key);
  };

  for (const key of keys) {
    if (present.has(keyString(key, layout.rowDims))) continue;
    if (!columns.has(keyString(key, layout.colDims))) continue;
    if (!layout.rowDims.every((id) => allowed.get(id)!.has(key[id]))) continue;
    if (!outerOnSheet.has(key[outer.id])) {
      const block = inner.reduce<DimensionKey[]>(
        (rows, dim) =>
          rows.flatMap((row) =>
            sheetCodes(dim, "common").map((code) => ({ ...row, [dim.id]: code }))
          ),
        [{ [outer.id]: key[outer.id] }]
      );
      block.forEach(add);
    }
    add(Object.fromEntries(layout.rowDims.map((id) => [id, key[id]])));
  }

  const order = new Map(sheetCodes(outer).map((code, i) => [code, i]));
  return [...added.values()].sort((a, b) => order.get(a[outer.id])! - order.get(b[outer.id])!);
}

function belongsToSheet(sheet: SheetData, observation: Observation): boolean {
  const period = normalisePeriod(sheet.period, sheet.template.frequency) ?? sheet.period;
  if (observation.period !== period) return false;
  return sheet.template.dimensions.every((d) => {
    if (d.role === "fixed") return observation.key[d.id] === d.value;
    if (d.role === "reportingCountry") return observation.key[d.id] === sheet.country;
    return true;
  });
}

/** The rows to add so that each observation of this sheet's country and period finds a cell. */
export function missingRowKeys(sheet: SheetData, observations: Observation[]): DimensionKey[] {
  return rowsFor(
    sheet,
    observations.filter((o) => belongsToSheet(sheet, o)).map((o) => o.key)
  );
}

/** The sheet with these rows added at the end of its data area, their figures empty. */
export function withRows(sheet: SheetData, keys: DimensionKey[]): SheetData {
  const { layout } = sheet;
  return {
    ...sheet,
    layout: { ...layout, rowKeys: [...layout.rowKeys, ...keys] },
    values: [...sheet.values, ...keys.map(() => layout.colKeys.map((): CellValue => null))],
  };
}

/** How the codes of rows are named to a person: the outermost dimension's codes, once each. */
export function addedCodes(sheet: SheetData, keys: DimensionKey[]): string[] {
  const outer = sheet.layout.rowDims[0];
  return [...new Set(keys.map((k) => k[outer]))];
}

export interface Migration {
  sheet: SheetData;
  moved: number;
  lost: Unplaced[];
}

function lostCell(old: SheetData, key: DimensionKey, value: CellValue, reason: string): Unplaced {
  const number = typeof value === "number" ? value : null;
  return {
    observation: {
      key,
      period: old.period,
      value: number,
      status: number === null ? STATUS_MISSING : STATUS_NORMAL,
    },
    reason: typeof value === "number" ? reason : `${reason} (it holds "${value}")`,
  };
}

/**
 * Moves every filled cell of a sheet made with an earlier template version into the current
 * layout, by dimension key: a new sheet with the common rows plus a row for each other code that
 * holds figures. Cells are moved as they are, wrong ones included, so the new sheet's validation
 * reports the same problems; a cell with no place in the current template is lost and listed.
 */
export function migrateSheet(old: SheetData, current: Template): Migration {
  const cells: { key: DimensionKey; value: CellValue }[] = [];
  old.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === null || value === "") return;
      cells.push({ key: { ...old.layout.rowKeys[r], ...old.layout.colKeys[c] }, value });
    })
  );

  const layout = templateLayout(current, "common");
  const empty: SheetData = {
    template: current,
    templateVersion: current.version,
    country: old.country,
    period: old.period,
    layout,
    values: layout.rowKeys.map(() => layout.colKeys.map((): CellValue => null)),
    sheetName: old.sheetName,
  };
  const sheet = withRows(
    empty,
    rowsFor(
      empty,
      cells.map((c) => c.key)
    )
  );

  const rows = new Map(sheet.layout.rowKeys.map((k, i) => [keyString(k, sheet.layout.rowDims), i]));
  const cols = new Map(sheet.layout.colKeys.map((k, i) => [keyString(k, sheet.layout.colDims), i]));
  const lost: Unplaced[] = [];
  let moved = 0;
  for (const { key, value } of cells) {
    const row = rows.get(keyString(key, sheet.layout.rowDims));
    const col = cols.get(keyString(key, sheet.layout.colDims));
    if (row === undefined || col === undefined) {
      lost.push(lostCell(old, key, value, `template ${current.version} has no cell for this key`));
    } else if (sheet.values[row][col] !== null) {
      const address = dataCellAddress(sheet, row, col);
      lost.push(lostCell(old, key, value, `a second figure for the cell ${address}`));
    } else {
      sheet.values[row][col] = value;
      moved++;
    }
  }
  return { sheet, moved, lost };
}
