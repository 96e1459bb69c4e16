import ExcelJS from "exceljs";
import {
  emptySheet,
  keyString,
  ReportingPackage,
  SheetData,
  SheetStamp,
  stampToXml,
  Template,
  templateLayout,
} from "../core";
import { Language } from "../core/i18n";
import { appendRows } from "./add-rows";
import { addCoverSheet } from "./cover-sheet";
import { saveWorkbook } from "./save";
import { addCodesSheet, addStampSheet } from "./support-sheets";
import { addTemplateSheet } from "./template-sheet";

/** A new, empty sheet of a template as a workbook starts it: with the common rows. */
export function newSheet(template: Template, country: string, period: string): SheetData {
  return { ...emptySheet(template, country, period, "common"), sheetName: template.id };
}

/** The rows of a sheet beyond the common ones it starts with; they must come after those. */
function extraRows(sheet: SheetData): SheetData["layout"]["rowKeys"] {
  const common = templateLayout(sheet.template, "common").rowKeys;
  const { rowKeys, rowDims } = sheet.layout;
  const startsWithCommon = common.every(
    (key, i) => rowKeys[i] && keyString(key, rowDims) === keyString(rowKeys[i], rowDims)
  );
  if (!startsWithCommon) {
    throw new Error(`sheet ${sheet.sheetName} does not start with the common rows of its template`);
  }
  return rowKeys.slice(common.length);
}

export interface BuiltWorkbook {
  workbook: ExcelJS.Workbook;
  stamps: SheetStamp[];
}

/**
 * A workbook of template sheets with their figures, optionally after a package's cover sheet, and
 * the hidden codes and stamp sheets. The stamps say what was generated, sheet by sheet.
 */
export async function buildWorkbook(
  sheets: SheetData[],
  cover?: ReportingPackage,
  language: Language = "en"
): Promise<BuiltWorkbook> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "midex";
  if (cover) await addCoverSheet(workbook, cover, sheets[0].country, sheets[0].period);

  const stamps: SheetStamp[] = [];
  for (const sheet of sheets) {
    const { template, country, period } = sheet;
    const name = sheet.sheetName ?? template.id;
    const { worksheet, content } = await addTemplateSheet(
      workbook,
      template,
      country,
      period,
      name,
      language
    );
    const layout = appendRows(worksheet, template, content.layout, extraRows(sheet));
    sheet.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null) return;
        worksheet.getCell(layout.firstDataRow + r + 1, layout.firstDataCol + c + 1).value = value;
      })
    );
    stamps.push({
      sheet: name,
      templateId: template.id,
      templateVersion: template.version,
      country,
      period,
    });
  }

  await addCodesSheet(workbook, sheets[0].template, language);
  await addStampSheet(workbook, stamps);
  return { workbook, stamps };
}

/** One template's empty sheet in a workbook of its own. */
export async function buildTemplateWorkbook(
  template: Template,
  country: string,
  period: string,
  language: Language = "en"
): Promise<ExcelJS.Workbook> {
  return (await buildWorkbook([newSheet(template, country, period)], undefined, language)).workbook;
}

export async function writeWorkbook(
  sheets: SheetData[],
  file: string,
  cover?: ReportingPackage,
  language: Language = "en"
): Promise<void> {
  const { workbook, stamps } = await buildWorkbook(sheets, cover, language);
  await saveWorkbook(workbook, file, stampToXml(stamps));
}

export function writeTemplateWorkbook(
  template: Template,
  country: string,
  period: string,
  file: string,
  language: Language = "en"
): Promise<void> {
  return writeWorkbook([newSheet(template, country, period)], file, undefined, language);
}

/** A package's tables, each on its own empty sheet, after a cover sheet that lists them. */
export function writePackageWorkbook(
  pkg: ReportingPackage,
  country: string,
  period: string,
  file: string,
  language: Language = "en"
): Promise<void> {
  const sheets = pkg.templates.map((template) => newSheet(template, country, period));
  return writeWorkbook(sheets, file, pkg, language);
}
