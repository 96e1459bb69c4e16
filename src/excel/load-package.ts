import { buildSheetContent, findPackage, packageSchedule, UserError } from "../core";
import type { Language } from "../core/i18n";
import { AddedSheets, AddOptions, addSheets } from "./add-sheets";
import { coverGrid, FIRST_ENTRY_ROW, NOT_STARTED } from "./cover-layout";
import { uniqueSheetName } from "./sheet-name";
import { PlannedSheet, plannedTemplateSheet } from "./template-sheet";

export interface PackageChoice {
  packageId: string;
  country: string;
  /** Already normalised to SDMX form, in the package's frequency. */
  period: string;
  /** The language of the sheets' titles and labels; English when not given. */
  language?: Language;
}

const HEADER_FILL = "#DDEBF7";
const COVER_WIDTHS = [110, 90, 260, 80, 90];

function plannedCover(name: string, grid: ReturnType<typeof coverGrid>): PlannedSheet {
  return {
    name,
    grid,
    firstCell: "A1",
    style: [
      { cells: grid.length * grid[0].length, queue: (worksheet) => styleCover(worksheet, grid) },
    ],
  };
}

/** The cover's text formats (a deadline stays text, not a date), header and widths. */
function styleCover(worksheet: Excel.Worksheet, grid: ReturnType<typeof coverGrid>) {
  const whole = worksheet.getRangeByIndexes(0, 0, grid.length, grid[0].length);
  whole.numberFormat = grid.map((row) => row.map(() => "@"));
  worksheet.getRange("A1").format.font.bold = true;
  const header = worksheet.getRangeByIndexes(FIRST_ENTRY_ROW - 1, 0, 1, grid[0].length);
  header.format.fill.color = HEADER_FILL;
  header.format.font.bold = true;
  COVER_WIDTHS.forEach((width, col) => {
    worksheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = width;
  });
}

/**
 * Loads a reporting package as one action: a cover listing its tables with their deadlines and
 * statuses, then one sheet per template, in the same three syncs as a single template unless the
 * package is too large for one request (see addSheets).
 */
export async function loadPackage(
  choice: PackageChoice,
  options?: AddOptions
): Promise<AddedSheets> {
  const pkg = findPackage(choice.packageId);
  if (!pkg) throw new UserError(`There is no reporting package "${choice.packageId}".`);
  const schedule = packageSchedule(pkg, choice.period);

  return addSheets((taken) => {
    const names = [...taken];
    const claim = (wanted: string) => {
      const name = uniqueSheetName(wanted, names);
      names.push(name);
      return name;
    };
    const coverName = claim("Cover");
    const sheets = schedule.map(({ template }) => {
      const content = buildSheetContent(
        template,
        choice.country,
        choice.period,
        "common",
        choice.language
      );
      return plannedTemplateSheet(claim(template.id), template, content, choice);
    });
    const entries = schedule.map(({ template, deadline }, i) => ({
      sheet: sheets[i].name,
      templateId: template.id,
      title: template.title,
      deadline,
      status: NOT_STARTED,
    }));
    return [
      plannedCover(coverName, coverGrid(pkg, choice.country, choice.period, entries)),
      ...sheets,
    ];
  }, options);
}
