import { ChangeWatcher, ReportUpdate } from "./change-watcher";
import { loadTemplate, TemplateChoice } from "./load-template";
import { readSheetReport, readWorkbookReports } from "./read-sheet";
import { selectCell } from "./select-cell";
import { SelectedCell, SelectionWatcher } from "./selection-watcher";
import { SheetReport } from "./sheet-report";

export interface WorkbookListener {
  onUpdate: (update: ReportUpdate) => void;
  onSelect: (cell: SelectedCell) => void;
  onError: (error: Error) => void;
}

/** Everything the pane may ask of the workbook, as plain functions (the UI never sees Office.js). */
export interface WorkbookPort {
  loadTemplate(choice: TemplateChoice): Promise<SheetReport>;
  readSheet(sheetId: string): Promise<SheetReport>;
  readAll(): Promise<SheetReport[]>;
  selectCell(sheetId: string, address: string): Promise<void>;
  /** Subscribes to re-validated sheets and to the selection; returns the unsubscribe function. */
  watch(listener: WorkbookListener): () => void;
}

/**
 * The Excel implementation. Its event handlers are registered once, on the first subscription,
 * and shared by every later subscriber: Office cannot say whether a handler is already registered,
 * and a second one would double every re-read.
 */
export function createExcelWorkbook(options: { delayMs?: number } = {}): WorkbookPort {
  const listeners = new Set<WorkbookListener>();
  const each = (call: (listener: WorkbookListener) => void) => listeners.forEach(call);
  let started = false;

  const start = () => {
    started = true;
    const onError = (error: Error) => each((l) => l.onError(error));
    const changes = new ChangeWatcher({
      onUpdate: (update) => each((l) => l.onUpdate(update)),
      onError,
      delayMs: options.delayMs,
    });
    const selection = new SelectionWatcher((cell) => each((l) => l.onSelect(cell)));
    changes.start().catch(onError);
    selection.start().catch(onError);
  };

  return {
    loadTemplate: (choice) => loadTemplate(choice),
    readSheet: (sheetId) => readSheetReport(sheetId),
    readAll: () => readWorkbookReports(),
    selectCell: (sheetId, address) => selectCell(sheetId, address),
    watch(listener) {
      listeners.add(listener);
      if (!started) start();
      return () => listeners.delete(listener);
    },
  };
}
