import { buildSheetContent, getTemplate } from "../core";
import type { Language } from "../core/i18n";
import { AddedSheets, AddOptions, addSheets } from "./add-sheets";
import { uniqueSheetName } from "./sheet-name";
import { SheetReport } from "./sheet-report";
import { plannedTemplateSheet } from "./template-sheet";

export interface TemplateChoice {
  templateId: string;
  country: string;
  /** Already normalised to SDMX form (2026-06). */
  period: string;
  /** The language of the sheet's titles and labels; English when not given. */
  language?: Language;
}

/**
 * Adds a new sheet holding an empty template with the rows a country usually needs (officials
 * add others from the pane), stamps it, and goes to its first figure cell.
 */
export function loadTemplateSheet(
  choice: TemplateChoice,
  options?: AddOptions
): Promise<AddedSheets> {
  const template = getTemplate(choice.templateId);
  const content = buildSheetContent(
    template,
    choice.country,
    choice.period,
    "common",
    choice.language
  );
  return addSheets(
    (taken) => [
      plannedTemplateSheet(uniqueSheetName(template.id, taken), template, content, choice),
    ],
    options
  );
}

export async function loadTemplate(
  choice: TemplateChoice,
  options?: AddOptions
): Promise<SheetReport> {
  const { reports } = await loadTemplateSheet(choice, options);
  return reports[0];
}
