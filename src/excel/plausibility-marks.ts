import { cellAddress, Finding, parseRange } from "../core";
import { hostCapabilities } from "./capabilities";
import { withEventsOff } from "./events-off";
import { queueFormatRead } from "./mark-formats";
import { ourNoteText, queueNoteRead } from "./mark-notes";
import { MarkPlan } from "./mark-plan";
import { cellBudget, PayloadOptions } from "./payload";
import { runExcel, RunOptions, Sync } from "./run";
import { queueWithin } from "./write-pieces";

export interface PlausibilityMarkOptions extends RunOptions, PayloadOptions {
  /** A note's text for a warning (inside the add-in's marks, see ourNoteText); English unless given. */
  noteText?: (warning: Finding) => string;
}

/** What a call changed on the sheet; cells are A1 addresses on it. */
export interface PlausibilityMarks {
  /** Cell notes (ExcelApi 1.18) or, on an older Excel, conditional formats. */
  kind: "note" | "format";
  added: string[];
  removed: string[];
  /** Notes whose text changed, e.g. because the figure's usual range moved. */
  updated: string[];
  /** Warned cells that carry the official's own note, left as they are and not marked. */
  userNotes: string[];
}

const figure = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/** The English text of a warned cell's note, on one line (Excel may rewrite line breaks). */
export function plausibilityNoteText(warning: Finding): string {
  const band = warning.history;
  const unusual = band
    ? `This figure is unusual: the usual range for this cell is ${figure.format(band.low)} to ` +
      `${figure.format(band.high)} (from ${band.points.length} earlier periods).`
    : "This figure is unusual for this cell.";
  return `${unusual} If it is right, you will be asked to justify it when you submit.`;
}

/** Excel's last row and column (0-based), past which no cell can be marked. */
const LAST_ROW = 1_048_575;
const LAST_COL = 16_383;

/** A warning's cell as "C12", or undefined when its address names no cell of a sheet. */
function markedCell(address: string | undefined): string | undefined {
  if (!address) return undefined;
  try {
    const { row, col } = parseRange(address);
    return row <= LAST_ROW && col <= LAST_COL ? cellAddress(row, col) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The cell each warning is about, with its note's text; the first warning of a cell wins. A
 * warning whose address names no cell gets no mark (the pane still lists it).
 */
function wantedMarks(warnings: Finding[], text: (warning: Finding) => string) {
  const wanted = new Map<string, string>();
  for (const warning of warnings) {
    const cell = markedCell(warning.address);
    if (cell && !wanted.has(cell)) wanted.set(cell, ourNoteText(text(warning)));
  }
  return wanted;
}

/** Sends the plan's writes with the sheet unprotected meanwhile and protected again as it was. */
async function applyPlan(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  plan: MarkPlan,
  cells: number,
  sync: Sync
): Promise<void> {
  const { protected: wasProtected, options: protection } = worksheet.protection;
  try {
    await withEventsOff(context, sync, async () => {
      if (wasProtected) worksheet.protection.unprotect();
      await queueWithin(plan.writes, cells, sync);
      if (wasProtected) worksheet.protection.protect(protection);
    });
  } catch (error) {
    // A failed request drops the commands after the failing one, protecting the sheet again
    // among them: the sheet is protected again on its own before the failure is reported.
    if (wasProtected) await protectAgain(worksheet, protection, sync);
    throw error;
  }
}

/** Protects the sheet with its earlier options if it is not protected now; never throws. */
async function protectAgain(
  worksheet: Excel.Worksheet,
  options: Excel.WorksheetProtectionOptions,
  sync: Sync
): Promise<void> {
  try {
    worksheet.protection.load("protected");
    await sync();
    if (worksheet.protection.protected) return;
    worksheet.protection.protect(options);
    await sync();
  } catch {
    // The first failure is the one to report; this one would only hide it.
  }
}

/**
 * Makes the sheet's plausibility marks equal to `warnings` (findings with an `address` on sheet
 * `sheetId`, a worksheet id or name): warned cells get a mark, cells no longer warned lose theirs,
 * and other marks stay untouched. With ExcelApi 1.18 a mark is a cell note (see ourNoteText);
 * without it, a conditional format on the cell alone, so the cell's own format is never written
 * and comes back as it was when the mark goes. Only the add-in's own marks are ever changed.
 *
 * One sync reads the marks (two when a note of ours must go, or on a sheet with conditional
 * formats); one more writes every change, as one undo step, with the sheet unprotected meanwhile
 * and the change watcher not re-reading the write. Nothing is written when the marks already
 * match. Writes larger than one request (see payload.ts) are split over more syncs.
 *
 * Unprotecting a sheet is an action Excel cannot undo, so Excel may clear the undo history when
 * marks change on a protected sheet. Marks of the other kind (notes written by a newer Excel, or
 * formats by an older one) are not removed by this call.
 */
export async function writePlausibilityMarks(
  sheetId: string,
  warnings: Finding[],
  options: PlausibilityMarkOptions = {}
): Promise<PlausibilityMarks> {
  const wanted = wantedMarks(warnings, options.noteText ?? plausibilityNoteText);
  const kind = hostCapabilities().notes ? "note" : "format";
  return runExcel(async (context, sync) => {
    const worksheet = context.workbook.worksheets.getItem(sheetId);
    worksheet.load("protection/protected,protection/options");
    const reader =
      kind === "note" ? queueNoteRead(worksheet, wanted) : queueFormatRead(worksheet, wanted);
    await sync();

    const plan = await reader.plan(sync);
    if (plan.writes.length > 0) {
      await applyPlan(context, worksheet, plan, cellBudget(options.payloadLimitBytes), sync);
    }
    const { added, removed, updated, userNotes } = plan;
    return { kind, added, removed, updated, userNotes };
  }, options);
}
