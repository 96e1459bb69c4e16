import type ExcelJS from "exceljs";
import { codeLists, Template } from "../core";
import { protectHiddenSheet } from "./protection";

export const CODES_SHEET = "codes";
export const META_SHEET = "midex-meta";

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

export async function addCodesSheet(workbook: ExcelJS.Workbook, template: Template) {
  const sheet = workbook.addWorksheet(CODES_SHEET, { state: "hidden" });
  geoCodeList(template).codes.forEach((code, i) => {
    sheet.getCell(i + 1, 1).value = code.code;
    sheet.getCell(i + 1, 2).value = code.label;
  });
  sheet.getColumn(1).numFmt = "@";
  await protectHiddenSheet(sheet);
}

export interface SheetRecord {
  templateId: string;
  templateVersion: string;
  country: string;
  period: string;
}

/** What the generator wrote, kept apart from the sheet the user edits. */
export async function addMetaSheet(workbook: ExcelJS.Workbook, record: SheetRecord) {
  const sheet = workbook.addWorksheet(META_SHEET, { state: "hidden" });
  const rows: [string, string][] = [
    ["templateId", record.templateId],
    ["templateVersion", record.templateVersion],
    ["country", record.country],
    ["period", record.period],
    ["generator", "midex"],
  ];
  rows.forEach(([name, value], i) => {
    sheet.getCell(i + 1, 1).value = name;
    sheet.getCell(i + 1, 2).value = value;
    sheet.getCell(i + 1, 2).numFmt = "@";
  });
  await protectHiddenSheet(sheet);
}
