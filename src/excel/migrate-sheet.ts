/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load --
   the rules only recognise `context.sync()`; batches here
   sync through runExcel's `sync`, which adds a deadline. */
import {
  buildSheetContent,
  CellValue,
  codeLists,
  describeKey,
  getTemplate,
  isEarlierVersion,
  migrateSheet,
  rangeAddress,
  SheetContent,
  SheetData,
  UserError,
} from "../core";
import { addSheets } from "./add-sheets";
import { withEventsOff } from "./events-off";
import { completeReads, gridOf, queueSheetRead, readWorkbook } from "./read-sheet";
import { runExcel, RunOptions } from "./run";
import { uniqueSheetName } from "./sheet-name";
import { reportOf, SheetReport } from "./sheet-report";
import { StampStore } from "./stamp-store";
import { WorkbookStamps } from "./stamps";
import { plannedTemplateSheet } from "./template-sheet";

export type SheetMigration =
  | {
      kind: "migrated";
      moved: number;
      version: string;
      /** The new sheet, under the old sheet's name. */
      sheet: string;
      /** What the old sheet is called now. */
      oldSheet: string;
      /** Every sheet re-validated with the updated stamps. */
      reports: SheetReport[];
      stamps: WorkbookStamps;
    }
  /** Nothing was changed: each entry says which figure would have been lost and why. */
  | { kind: "refused"; sheet: string; lost: string[] };

/**
 * The content of a new sheet for a migrated sheet: the current template's common rows, then the
 * extra rows the migration needed, with codes, labels and every moved figure.
 */
export function migratedContent(sheet: SheetData): SheetContent {
  const base = buildSheetContent(sheet.template, sheet.country, sheet.period, "common");
  const { layout } = sheet;
  const lastRow = layout.firstDataRow + layout.rowKeys.length - 1;
  const grid = base.grid.map((row) => [...row]);
  while (grid.length <= lastRow) grid.push(new Array<CellValue>(base.lastCol + 1).fill(null));

  layout.rowKeys.slice(base.layout.rowKeys.length).forEach((key, i) => {
    const row = grid[base.lastRow + 1 + i];
    layout.rowDims.forEach((dimId, j) => {
      const list = sheet.template.dimensions.find((d) => d.id === dimId)!.codeList;
      row[2 * j] = key[dimId];
      row[2 * j + 1] = codeLists.label(list, key[dimId]) ?? null;
    });
  });
  sheet.values.forEach((line, r) =>
    line.forEach((value, c) => {
      if (value !== null) grid[layout.firstDataRow + r][layout.firstDataCol + c] = value;
    })
  );

  return {
    ...base,
    layout,
    grid,
    lastRow,
    dataRange: rangeAddress(layout.firstDataRow, layout.firstDataCol, lastRow, base.lastCol),
    rowLabelRange: rangeAddress(layout.firstDataRow, 0, lastRow, layout.firstDataCol - 1),
  };
}

/** "<name> (old)" within Excel's 31 characters, made unique if needed. */
function oldSheetName(name: string, taken: string[]): string {
  const suffix = " (old)";
  return uniqueSheetName(name.slice(0, 31 - suffix.length) + suffix, taken);
}

interface Renamed {
  migration: ReturnType<typeof migrateSheet>;
  data: SheetData;
  name: string;
  oldName: string;
}

/**
 * Reads the sheet and its stamps and migrates its figures; when none is lost, renames the sheet
 * and its stamp (events off, so the change watcher does not re-read it). Two syncs.
 */
function renameIfMovable(sheetId: string, options?: RunOptions): Promise<Renamed | SheetMigration> {
  return runExcel(async (context, sync) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const worksheet = sheets.getItem(sheetId);
    const read = queueSheetRead(worksheet);
    worksheet.load("id,name");
    const store = new StampStore(context);
    await sync();
    await completeReads([read], sync);

    const name = worksheet.name;
    const taken = sheets.items.map((s) => s.name);
    const report = reportOf(worksheet.id, name, gridOf(read));
    if (report.kind !== "template") throw new UserError(`${name} is not a template sheet.`);
    const { template, templateVersion } = report.data;
    if (templateVersion !== template.version) {
      throw new UserError(
        `${name} says version ${templateVersion} of ${template.id}, which this add-in does not ` +
          "know, so its figures cannot be placed by their codes."
      );
    }
    if (!isEarlierVersion(template)) {
      throw new UserError(`${name} already uses the current version of ${template.id}.`);
    }
    const migration = migrateSheet(report.data, getTemplate(report.data.template.id));
    if (migration.lost.length > 0) {
      const lost = migration.lost.map((l) => `${describeKey(l.observation)}: ${l.reason}`);
      return { kind: "refused", sheet: name, lost };
    }

    store.queueRead(taken);
    await sync();
    const oldName = oldSheetName(name, taken);
    const rename = (list: WorkbookStamps["xml"]) =>
      list.map((s) => (s.sheet === name ? { ...s, sheet: oldName } : s));
    const stamps = store.read();
    await withEventsOff(context, sync, () => {
      worksheet.name = oldName;
      store.queueWrite({ xml: rename(stamps.xml), grid: rename(stamps.grid) });
    });
    return { migration, data: report.data, name, oldName };
  }, options);
}

/**
 * Moves the figures of a sheet made with an earlier template version onto a new sheet of the
 * current version, by dimension key. The new sheet takes the old one's name, the old one is kept
 * as "<name> (old)", both are stamped, and the whole workbook is read again. Nothing changes when
 * a figure has no place in the current version: those are returned instead.
 */
export async function migrateWorkbookSheet(
  sheetId: string,
  options?: RunOptions
): Promise<SheetMigration> {
  const renamed = await renameIfMovable(sheetId, options);
  if ("kind" in renamed) return renamed;

  const { migration, data, name, oldName } = renamed;
  const template = migration.sheet.template;
  const content = migratedContent(migration.sheet);
  const choice = { country: data.country, period: data.period };
  await addSheets(() => [plannedTemplateSheet(name, template, content, choice)], options);
  const { reports, stamps } = await readWorkbook(options);
  return {
    kind: "migrated",
    moved: migration.moved,
    version: template.version,
    sheet: name,
    oldSheet: oldName,
    reports,
    stamps,
  };
}
