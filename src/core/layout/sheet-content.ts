import { codeLabelIn } from "../i18n/code-labels";
import { dimensionLabelIn, sheetCaptionIn, templateTitleIn } from "../i18n/labels";
import { Language } from "../i18n/languages";
import { Template } from "../templates/schema";
import { CellValue } from "../values";
import { cellAddress, rangeAddress } from "./a1";
import { dimension, META, RowSet, SheetLayout, templateLayout } from "./sheet-layout";

/** Everything a host needs to write a new template sheet; values only, formatting is the host's. */
export interface SheetContent {
  layout: SheetLayout;
  /** The whole sheet from A1, row by row; null = empty cell. */
  grid: CellValue[][];
  /** Cells the user fills in: the figures and the two metadata inputs. */
  dataRange: string;
  countryCell: string;
  periodCell: string;
  /** Rows and columns that hold codes and labels (locked, styled as headers). */
  headerRange: string;
  rowLabelRange: string;
  titleCell: string;
  lastRow: number;
  lastCol: number;
}

export function sheetTitle(template: Template, language: Language = "en"): string {
  return `${templateTitleIn(language, template.id, template.title)} (${template.dataset})`;
}

/**
 * A new sheet with every row code, or only those a country usually needs (see `RowSet`). Titles
 * and labels are in `language`; codes, which the sheet is read back by, are the same in all.
 */
export function buildSheetContent(
  template: Template,
  country: string,
  period: string,
  rows: RowSet = "all",
  language: Language = "en"
): SheetContent {
  const layout = templateLayout(template, rows);
  const lastRow = layout.firstDataRow + layout.rowKeys.length - 1;
  const lastCol = layout.firstDataCol + layout.colKeys.length - 1;
  const grid: CellValue[][] = Array.from({ length: lastRow + 1 }, () =>
    new Array<CellValue>(lastCol + 1).fill(null)
  );
  const put = (row: number, col: number, value: CellValue) => (grid[row][col] = value);
  const unit = dimension(template, "unit");
  const geo = template.dimensions.find((d) => d.role === "reportingCountry")!;
  const caption = (english: string) => sheetCaptionIn(language, english);
  const dimLabel = (english: string) => dimensionLabelIn(language, english);
  const codeLabel = (listId: string, code: string) => codeLabelIn(language, listId, code) ?? null;

  put(META.titleRow, 0, sheetTitle(template, language));
  put(META.templateRow, 0, caption("Template"));
  put(META.templateRow, META.valueCol, template.id);
  put(META.templateRow, META.labelCol, caption("Version"));
  put(META.templateRow, META.versionCol, template.version);
  put(META.countryRow, 0, dimLabel(geo.label));
  put(META.countryRow, META.valueCol, country);
  put(META.countryRow, META.labelCol, codeLabel(geo.codeList, country));
  put(META.periodRow, 0, caption("Reference period"));
  put(META.periodRow, META.valueCol, period);
  put(META.unitRow, 0, dimLabel(unit.label));
  put(META.unitRow, META.valueCol, unit.value ?? null);
  put(META.unitRow, META.labelCol, codeLabel(unit.codeList, unit.value ?? ""));

  layout.colDims.forEach((dimId, i) => {
    const dim = dimension(template, dimId);
    const codeRow = layout.codeRowOf(i);
    put(codeRow, 0, dim.id);
    put(codeRow, 1, dimLabel(dim.label));
    layout.colKeys.forEach((key, c) => {
      put(codeRow, layout.firstDataCol + c, key[dimId]);
      put(codeRow + 1, layout.firstDataCol + c, codeLabel(dim.codeList, key[dimId]));
    });
  });
  layout.rowDims.forEach((dimId, j) => {
    const dim = dimension(template, dimId);
    put(layout.rowHeaderRow, 2 * j, dim.id);
    put(layout.rowHeaderRow, 2 * j + 1, dimLabel(dim.label));
    layout.rowKeys.forEach((key, r) => {
      put(layout.firstDataRow + r, 2 * j, key[dimId]);
      put(layout.firstDataRow + r, 2 * j + 1, codeLabel(dim.codeList, key[dimId]));
    });
  });

  return {
    layout,
    grid,
    dataRange: rangeAddress(layout.firstDataRow, layout.firstDataCol, lastRow, lastCol),
    countryCell: cellAddress(META.countryRow, META.valueCol),
    periodCell: cellAddress(META.periodRow, META.valueCol),
    headerRange: rangeAddress(META.firstHeaderRow, 0, layout.rowHeaderRow, lastCol),
    rowLabelRange: rangeAddress(layout.firstDataRow, 0, lastRow, layout.firstDataCol - 1),
    titleCell: cellAddress(META.titleRow, 0),
    lastRow,
    lastCol,
  };
}
