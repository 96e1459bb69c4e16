import { CellValue, highlightRules, inputRules, SheetContent, SheetStamp, Template } from "../core";
import { ruleCells } from "./payload";
import {
  queueCountryList,
  queueHeaderStyle,
  queueHighlights,
  queueInputRules,
  queueTextFormats,
  queueUnlockInputs,
} from "./sheet-style";

/** Excel takes "" for an empty cell; the core's grids use null. */
export function writableGrid(grid: CellValue[][]): (string | number | boolean)[][] {
  return grid.map((row) => row.map((value) => value ?? ""));
}

/** Part of a sheet's styling, and about how many cells' worth of request it takes. */
export interface StylePiece {
  cells: number;
  queue(worksheet: Excel.Worksheet): void;
}

/**
 * A sheet the loader adds, and what it writes on it: its `style` pieces, in order, then `grid` as
 * its values (written by the loader, in blocks of rows when the sheet is large). Protection comes
 * after, for all sheets.
 */
export interface PlannedSheet {
  name: string;
  grid: CellValue[][];
  /** Number formats, styling and rules; queued before the values, which may rely on them. */
  style: StylePiece[];
  /** Template sheets are stamped; the cover is not. */
  stamp?: SheetStamp;
  /** The cell to select when this sheet is the one shown after loading. */
  firstCell: string;
}

/** Cells given a text format before the values: the metadata block, the row and column codes. */
function textFormatCells(content: SheetContent): number {
  const { layout, lastRow, lastCol } = content;
  const dataRows = lastRow - layout.firstDataRow + 1;
  const dataCols = lastCol - layout.firstDataCol + 1;
  return 12 + layout.rowDims.length * dataRows + layout.colDims.length * dataCols;
}

/**
 * An empty template sheet: text formats and styling, then each rule on its own (a sheet has up
 * to a few hundred, and together they can outweigh its values); its values are the content's grid.
 */
export function plannedTemplateSheet(
  name: string,
  template: Template,
  content: SheetContent,
  choice: { country: string; period: string }
): PlannedSheet {
  const base: StylePiece = {
    cells: textFormatCells(content),
    queue(worksheet) {
      queueTextFormats(worksheet, content);
      queueHeaderStyle(worksheet, content);
      queueUnlockInputs(worksheet, content);
      queueCountryList(worksheet, content.countryCell, choice.country);
    },
  };
  const highlights = highlightRules(template, content.layout).map((rule): StylePiece => ({
    cells: ruleCells(rule.range + rule.formula),
    queue: (worksheet) => queueHighlights(worksheet, [rule]),
  }));
  const inputs = inputRules(template, content.layout).map((rule): StylePiece => ({
    cells: ruleCells(rule.range + rule.formula + rule.message),
    queue: (worksheet) => queueInputRules(worksheet, [rule]),
  }));
  return {
    name,
    grid: content.grid,
    firstCell: content.dataRange.split(":")[0],
    stamp: {
      sheet: name,
      templateId: template.id,
      templateVersion: template.version,
      country: choice.country,
      period: choice.period,
    },
    style: [base, ...highlights, ...inputs],
  };
}
