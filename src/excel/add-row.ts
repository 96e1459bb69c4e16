/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load --
   the rules only recognise `context.sync()`; batches here
   sync through runExcel's `sync`, which adds a deadline. */
import {
  cellAddress,
  CellValue,
  codeLists,
  highlightRulesFor,
  inputRules,
  rangeAddress,
  readSheet,
  UserError,
} from "../core";
import { codeLabelIn, Language } from "../core/i18n";
import { completeReads, gridOf, queueSheetRead } from "./read-sheet";
import { withEventsOff } from "./events-off";
import { runExcel, RunOptions } from "./run";
import { reportOf, SheetReport } from "./sheet-report";
import { sheetLanguage } from "./sheet-language";
import { LABEL_FILL, queueHighlights, queueInputRules } from "./sheet-style";

/**
 * The sheet's grid with one more row at the end of its data area: the code and its label, in the
 * language the sheet was generated in.
 */
function gridWithRow(grid: CellValue[][], sheetName: string, code: string, language: Language) {
  const sheet = readSheet(grid, sheetName);
  const { layout, template } = sheet;
  if (layout.rowDims.length !== 1) {
    throw new UserError(`Rows cannot be added to ${sheetName}: its rows have two codes each.`);
  }
  const dimId = layout.rowDims[0];
  const listId = template.dimensions.find((d) => d.id === dimId)!.codeList;
  const label = codeLabelIn(sheetLanguage(grid, template, language), listId, code);
  if (label === undefined) {
    throw new UserError(`"${code}" is not a code of the ${codeLists.get(listId).title} list.`);
  }
  if (layout.rowKeys.some((key) => key[dimId] === code)) {
    throw new UserError(`${sheetName} already has a row for ${code}.`);
  }
  const row = layout.firstDataRow + layout.rowKeys.length;
  const next = grid.map((line) => [...line]);
  while (next.length <= row) next.push([]);
  next[row] = [code, label, ...(next[row] ?? []).slice(2)];
  return { row, label, grid: next, sheet: readSheet(next, sheetName) };
}

/**
 * Adds a row for a code at the end of a template sheet's data area, in two syncs: read the sheet
 * and its protection; then write the code and label, replace the sheet's conditional formats and
 * figure validation with rules compiled for the new rows, unlock the new figure cells and restore
 * protection. Events are off meanwhile; the returned report is the re-validated sheet. `language`
 * (the pane's) names the new row only when the sheet's own language cannot be told.
 */
export function addRow(
  sheetId: string,
  code: string,
  language: Language = "en",
  options?: RunOptions
): Promise<SheetReport> {
  return runExcel(async (context, sync) => {
    const worksheet = context.workbook.worksheets.getItem(sheetId);
    const read = queueSheetRead(worksheet);
    worksheet.load("id,name");
    worksheet.load("protection/protected,protection/options");
    await sync();
    await completeReads([read], sync);

    const { id, name } = worksheet;
    const wasProtected = worksheet.protection.protected;
    const protectionOptions = worksheet.protection.options;
    const { row, label, grid, sheet } = gridWithRow(gridOf(read), name, code, language);
    const { layout, template } = sheet;
    const lastCol = layout.firstDataCol + layout.colKeys.length - 1;
    await withEventsOff(context, sync, () => {
      if (wasProtected) worksheet.protection.unprotect();
      const codeCells = worksheet.getRangeByIndexes(row, 0, 1, 2);
      codeCells.numberFormat = [["@", "@"]];
      codeCells.values = [[code, label]];
      codeCells.format.fill.color = LABEL_FILL;
      const figures = rangeAddress(layout.firstDataRow, layout.firstDataCol, row, lastCol);
      worksheet.getRange().conditionalFormats.clearAll();
      worksheet.getRange(figures).dataValidation.clear();
      queueHighlights(worksheet, highlightRulesFor(sheet));
      queueInputRules(worksheet, inputRules(template, layout));
      worksheet.getRange(
        rangeAddress(row, layout.firstDataCol, row, lastCol)
      ).format.protection.locked = false;
      if (wasProtected) worksheet.protection.protect(protectionOptions);
      worksheet.activate();
      worksheet.getRange(cellAddress(row, layout.firstDataCol)).select();
    });
    return reportOf(id, name, grid);
  }, options);
}
