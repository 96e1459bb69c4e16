import type ExcelJS from "exceljs";
import { codeLists, DimensionKey, highlightRules, SheetLayout, Template } from "../core";
import { applyFigureValidation, applyHighlightRules, clearFigureValidation } from "./sheet-rules";
import { eachCell, styleRowLabels } from "./template-sheet";

/** exceljs keeps a sheet's conditional formats on a field its typings leave out. */
type FormattedWorksheet = ExcelJS.Worksheet & {
  conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
};

/** Drops the conditional formats the rules wrote for the old rows; other formats stay. */
function removeHighlightRules(
  worksheet: ExcelJS.Worksheet,
  template: Template,
  layout: SheetLayout
) {
  const ranges = new Set(highlightRules(template, layout).map((r) => r.range));
  const sheet = worksheet as FormattedWorksheet;
  sheet.conditionalFormattings = sheet.conditionalFormattings.filter((f) => !ranges.has(f.ref));
}

/**
 * Adds rows at the end of a template sheet's data area: their codes and labels, styled and locked
 * like the others, their figure cells open for input. The rules cover the sheet's rows, so the
 * conditional formats and the figure validation are written again for the new extent (a sum over
 * "all" citizenships must now include the new ones).
 */
export function appendRows(
  worksheet: ExcelJS.Worksheet,
  template: Template,
  before: SheetLayout,
  keys: DimensionKey[]
): SheetLayout {
  const after: SheetLayout = { ...before, rowKeys: [...before.rowKeys, ...keys] };
  if (keys.length === 0) return after;
  const first = before.firstDataRow + before.rowKeys.length;
  const last = first + keys.length - 1;

  keys.forEach((key, i) =>
    before.rowDims.forEach((dimId, j) => {
      const list = template.dimensions.find((d) => d.id === dimId)!.codeList;
      worksheet.getCell(first + i + 1, 2 * j + 1).value = key[dimId];
      worksheet.getCell(first + i + 1, 2 * j + 2).value = codeLists.label(list, key[dimId]) ?? null;
    })
  );
  const labels = { row: first, lastRow: last, col: 0, lastCol: before.firstDataCol - 1 };
  styleRowLabels(worksheet, before.rowDims.length, labels);
  const lastCol = before.firstDataCol + before.colKeys.length - 1;
  const figures = { row: first, lastRow: last, col: before.firstDataCol, lastCol };
  eachCell(worksheet, figures, (cell) => (cell.protection = { locked: false }));

  removeHighlightRules(worksheet, template, before);
  applyHighlightRules(worksheet, template, after);
  clearFigureValidation(worksheet, template, before);
  applyFigureValidation(worksheet, template, after);
  return after;
}
