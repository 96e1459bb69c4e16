import type ExcelJS from "exceljs";
import { codeLists, SheetStamp, STAMP_SHEET, stampToGrid, Template } from "../core";
import { codeLabelIn, Language } from "../core/i18n";
import { protectHiddenSheet } from "./protection";

export const CODES_SHEET = "codes";

/** The reporting country's code list, so the country cell's drop-down needs no inline list. */
export function geoCodeList(template: Template) {
  const geo = template.dimensions.find((d) => d.role === "reportingCountry")!;
  return codeLists.get(geo.codeList);
}

/** Absolute reference to the codes (column A) and the code → label table (A:B). */
export function codesReference(template: Template): { codes: string; table: string } {
  const last = geoCodeList(template).codes.length;
  return { codes: `${CODES_SHEET}!$A$1:$A$${last}`, table: `${CODES_SHEET}!$A$1:$B$${last}` };
}

export async function addCodesSheet(
  workbook: ExcelJS.Workbook,
  template: Template,
  language: Language = "en"
) {
  const list = geoCodeList(template);
  const sheet = workbook.addWorksheet(CODES_SHEET, { state: "hidden" });
  list.codes.forEach((code, i) => {
    sheet.getCell(i + 1, 1).value = code.code;
    sheet.getCell(i + 1, 2).value = codeLabelIn(language, list.id, code.code) ?? code.label;
  });
  sheet.getColumn(1).numFmt = "@";
  await protectHiddenSheet(sheet);
}

/** The stamp's second place: a hidden, protected sheet with one row per template sheet. */
export async function addStampSheet(workbook: ExcelJS.Workbook, stamps: SheetStamp[]) {
  const sheet = workbook.addWorksheet(STAMP_SHEET, { state: "hidden" });
  stampToGrid(stamps).forEach((row, r) =>
    row.forEach((value, c) => {
      const cell = sheet.getCell(r + 1, c + 1);
      cell.numFmt = "@";
      cell.value = value;
    })
  );
  await protectHiddenSheet(sheet);
}
