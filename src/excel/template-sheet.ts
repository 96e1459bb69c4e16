import { CellValue, highlightRules, inputRules, SheetContent, SheetStamp, Template } from "../core";
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

/** A sheet the loader adds, and what it writes on it (protection comes after, for all sheets). */
export interface PlannedSheet {
  name: string;
  grid: CellValue[][];
  queue(worksheet: Excel.Worksheet): void;
  /** Template sheets are stamped; the cover is not. */
  stamp?: SheetStamp;
  /** The cell to select when this sheet is the one shown after loading. */
  firstCell: string;
}

/** An empty template sheet: values in one 2-D write, text formats, styling, rules. */
export function plannedTemplateSheet(
  name: string,
  template: Template,
  content: SheetContent,
  choice: { country: string; period: string }
): PlannedSheet {
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
    queue(worksheet) {
      queueTextFormats(worksheet, content);
      const whole = worksheet.getRangeByIndexes(0, 0, content.lastRow + 1, content.lastCol + 1);
      whole.values = writableGrid(content.grid);
      queueHeaderStyle(worksheet, content);
      queueUnlockInputs(worksheet, content);
      queueHighlights(worksheet, highlightRules(template, content.layout));
      queueInputRules(worksheet, inputRules(template, content.layout));
      queueCountryList(worksheet, content.countryCell, choice.country);
    },
  };
}
