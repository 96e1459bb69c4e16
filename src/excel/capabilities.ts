/**
 * What the running Excel offers beyond the manifest's minimum (ExcelApi 1.9), asked once per
 * use through `isSetSupported`, so the adapter uses newer features where present and keeps
 * working without them.
 */
export interface HostCapabilities {
  /**
   * ExcelApi 1.14: change events say whether this add-in caused them (`triggerSource`), so the
   * add-in need not switch events off around its writes, and a user's edit made meanwhile is
   * not lost.
   */
  triggerSource: boolean;
  /**
   * ExcelApi 1.18: cell notes, the least intrusive mark that survives saving. Plausibility
   * warnings are marked with notes where present, else with a conditional format on the cell
   * (plausibility-marks.ts).
   */
  notes: boolean;
  /**
   * ExcelApi 1.20: `mergeUndoGroup` makes a batch one undo step. Not used for the add-in's
   * writes: each of them protects or unprotects a sheet, which a merged group refuses
   * (`UndoNotSupported`).
   */
  mergeUndo: boolean;
}

function supports(version: string): boolean {
  try {
    return Office.context?.requirements?.isSetSupported("ExcelApi", version) ?? false;
  } catch {
    // Outside a host (or before Office is ready) nothing beyond the minimum is assumed.
    return false;
  }
}

export function hostCapabilities(): HostCapabilities {
  return { triggerSource: supports("1.14"), notes: supports("1.18"), mergeUndo: supports("1.20") };
}
