import type { Finding } from "../core";
import type { Language } from "../core/i18n";
import { addRow } from "./add-row";
import { ChangeWatcher, ReportUpdate } from "./change-watcher";
import { StatusChange, writeCoverStatus } from "./cover-status";
import { loadPackage, PackageChoice } from "./load-package";
import { loadTemplateSheet, TemplateChoice } from "./load-template";
import { migrateWorkbookSheet, SheetMigration } from "./migrate-sheet";
import { writePlausibilityMarks } from "./plausibility-marks";
import { readSheetWithStamps, readWorkbook } from "./read-sheet";
import { selectCell } from "./select-cell";
import { SelectedCell, SelectionWatcher } from "./selection-watcher";
import { SheetReport } from "./sheet-report";
import { NO_STAMPS, withStampFindings, WorkbookStamps } from "./stamps";

export interface WorkbookListener {
  onUpdate: (update: ReportUpdate) => void;
  onSelect: (cell: SelectedCell) => void;
  onError: (error: Error) => void;
}

/** Everything the pane may ask of the workbook, as plain functions (the UI never sees Office.js). */
export interface WorkbookPort {
  loadTemplate(choice: TemplateChoice): Promise<SheetReport>;
  /** The cover first, then one report per template sheet. */
  loadPackage(choice: PackageChoice): Promise<SheetReport[]>;
  /** `language` is the pane's, for a sheet whose own language cannot be told. */
  addRow(sheetId: string, code: string, language?: Language): Promise<SheetReport>;
  writeCoverStatus(sheetId: string, changes: StatusChange[]): Promise<void>;
  readSheet(sheetId: string): Promise<SheetReport>;
  readAll(): Promise<SheetReport[]>;
  /** Moves an earlier-version sheet's figures onto a new sheet of the current version. */
  migrateSheet(sheetId: string): Promise<SheetMigration>;
  selectCell(sheetId: string, address: string): Promise<void>;
  /**
   * Marks the cells of a sheet's plausibility warnings in Excel (see plausibility-marks.ts) and
   * removes the marks of cells no longer warned; `noteText` words a warning's note.
   */
  markPlausibility(
    sheetId: string,
    warnings: Finding[],
    noteText: (warning: Finding) => string
  ): Promise<void>;
  /** Subscribes to re-validated sheets and to the selection; returns the unsubscribe function. */
  watch(listener: WorkbookListener): () => void;
}

/**
 * The Excel implementation. Its event handlers are registered once, on the first subscription,
 * and shared by every later subscriber: Office cannot say whether a handler is already registered,
 * and a second one would double every re-read. The stamps are read whenever the whole workbook or
 * a sheet about to be submitted is read, and remembered for re-reads after edits: officials cannot
 * edit them (a custom XML part and a very hidden, protected sheet), so an edit costs no extra read.
 */
export function createExcelWorkbook(options: { delayMs?: number } = {}): WorkbookPort {
  const listeners = new Set<WorkbookListener>();
  const each = (call: (listener: WorkbookListener) => void) => listeners.forEach(call);
  let started = false;
  let stamps: WorkbookStamps = NO_STAMPS;
  // One write of a sheet's marks at a time: two at once would each plan from what the other is
  // about to change, and the second could fail between unprotecting and protecting the sheet.
  const marking = new Map<string, Promise<void>>();
  const remember = <T extends { stamps: WorkbookStamps }>(read: T) => {
    stamps = read.stamps;
    return read;
  };

  const start = () => {
    started = true;
    const onError = (error: Error) => each((l) => l.onError(error));
    const changes = new ChangeWatcher({
      onUpdate: (update) => {
        const checked = { ...update, reports: withStampFindings(update.reports, stamps) };
        each((l) => l.onUpdate(checked));
      },
      onError,
      delayMs: options.delayMs,
    });
    const selection = new SelectionWatcher((cell) => each((l) => l.onSelect(cell)));
    changes.start().catch(onError);
    selection.start().catch(onError);
  };

  return {
    loadTemplate: async (choice) => remember(await loadTemplateSheet(choice)).reports[0],
    loadPackage: async (choice) => remember(await loadPackage(choice)).reports,
    addRow: async (sheetId, code, language) =>
      withStampFindings([await addRow(sheetId, code, language)], stamps)[0],
    writeCoverStatus: (sheetId, changes) => writeCoverStatus(sheetId, changes),
    readSheet: async (sheetId) => remember(await readSheetWithStamps(sheetId)).reports[0],
    readAll: async () => remember(await readWorkbook()).reports,
    migrateSheet: async (sheetId) => {
      const result = await migrateWorkbookSheet(sheetId);
      if (result.kind === "migrated") stamps = result.stamps;
      return result;
    },
    selectCell: (sheetId, address) => selectCell(sheetId, address),
    markPlausibility(sheetId, warnings, noteText) {
      const write = (marking.get(sheetId) ?? Promise.resolve())
        .catch(() => undefined)
        .then(() => writePlausibilityMarks(sheetId, warnings, { noteText }))
        .then(() => undefined);
      marking.set(sheetId, write);
      return write;
    },
    watch(listener) {
      listeners.add(listener);
      if (!started) start();
      return () => listeners.delete(listener);
    },
  };
}
