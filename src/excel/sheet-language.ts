import { CellValue, META, sheetTitle, Template } from "../core";
import { Language, LANGUAGES, PSEUDO } from "../core/i18n";

/**
 * The language a template sheet was generated in, told by its title (the stamp does not record
 * it, and the title cell is locked). Several languages can share a title (Bosnian, Montenegrin
 * and Serbian Latin often do): `preferred`, the pane's language, wins among them, and is the
 * answer too when the title matches none (a sheet made by hand or by an older version).
 */
export function sheetLanguage(
  grid: CellValue[][],
  template: Template,
  preferred: Language = "en"
): Language {
  const title = grid[META.titleRow]?.[0];
  const matching = [...LANGUAGES, PSEUDO].filter((l) => sheetTitle(template, l) === title);
  if (matching.length === 0 || matching.includes(preferred)) return preferred;
  return matching[0];
}
