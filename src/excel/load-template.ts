import { buildSheetContent, CellValue, getTemplate, highlightRules, inputRules } from "../core";
import { runExcel, RunOptions } from "./run";
import { uniqueSheetName } from "./sheet-name";
import { reportOf, SheetReport } from "./sheet-report";
import {
  queueCountryList,
  queueHeaderStyle,
  queueHighlights,
  queueInputRules,
  queueTextFormats,
  queueUnlockInputs,
} from "./sheet-style";

export interface TemplateChoice {
  templateId: string;
  country: string;
  /** Already normalised to SDMX form (2026-06). */
  period: string;
}

function writableGrid(grid: CellValue[][]): (string | number | boolean)[][] {
  return grid.map((row) => row.map((value) => value ?? ""));
}

/**
 * Adds a new sheet holding an empty template: values in one 2-D write, text formats, styling,
 * highlight rules, input rules and protection, in three syncs. Events are off meanwhile, so the
 * pane's change watcher does not re-read a sheet it has just written.
 */
export function loadTemplate(choice: TemplateChoice, options?: RunOptions): Promise<SheetReport> {
  const template = getTemplate(choice.templateId);
  const content = buildSheetContent(template, choice.country, choice.period);

  return runExcel(async (context, sync) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await sync();

    const name = uniqueSheetName(
      template.id,
      sheets.items.map((s) => s.name)
    );
    context.runtime.enableEvents = false;
    try {
      const worksheet = sheets.add(name);
      worksheet.load("id,name");
      queueTextFormats(worksheet, content);
      const whole = worksheet.getRangeByIndexes(0, 0, content.lastRow + 1, content.lastCol + 1);
      whole.values = writableGrid(content.grid);
      queueHeaderStyle(worksheet, content);
      queueUnlockInputs(worksheet, content);
      queueHighlights(worksheet, highlightRules(template, content.layout));
      queueInputRules(worksheet, inputRules(template, content.layout));
      queueCountryList(worksheet, content.countryCell, choice.country);
      worksheet.protection.load("protected");
      await sync();

      if (!worksheet.protection.protected) {
        worksheet.protection.protect({ allowFormatColumns: true, allowFormatRows: true });
      }
      worksheet.activate();
      worksheet.getRange(content.dataRange.split(":")[0]).select();
      context.runtime.enableEvents = true;
      await sync();
      return reportOf(worksheet.id, worksheet.name, content.grid);
    } catch (error) {
      // A failed request drops the commands after the failure, including switching events back
      // on; the original failure is the one the user needs to hear about.
      context.runtime.enableEvents = true;
      await sync().catch(() => undefined);
      throw error;
    }
  }, options);
}
