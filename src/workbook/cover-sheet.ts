import type ExcelJS from "exceljs";
import {
  codeLists,
  packageSchedule,
  rangeAddress,
  ReportingPackage,
  templateLayout,
} from "../core";
import { protectTemplateSheet } from "./protection";
import { COLUMN_WIDTH, HEADER_FILL, TEXT_FORMAT } from "./styles";

export const COVER_SHEET = "Cover";
const HEADER = ["Table", "Title", "Legal basis", "Deadline", "Sheet", "Status"];
const FIRST_TABLE_ROW = 7;

function quoted(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'`;
}

/**
 * Every figure cell a table's sheet can ever have: the data area with all codes of its row code
 * lists, so rows the user or `midex import` adds later are still counted by the status formula.
 */
function figureRange(sheetName: string, template: ReportingPackage["templates"][number]): string {
  const layout = templateLayout(template, "all");
  const range = rangeAddress(
    layout.firstDataRow,
    layout.firstDataCol,
    layout.firstDataRow + layout.rowKeys.length - 1,
    layout.firstDataCol + layout.colKeys.length - 1
  );
  return `${quoted(sheetName)}!${range}`;
}

/**
 * The first sheet of a package workbook: what is due, by when, a link to each table's sheet and
 * whether anything has been entered there yet (a formula, so it follows the user's typing).
 */
export async function addCoverSheet(
  workbook: ExcelJS.Workbook,
  pkg: ReportingPackage,
  country: string,
  period: string
): Promise<ExcelJS.Worksheet> {
  const sheet = workbook.addWorksheet(COVER_SHEET);
  sheet.getCell("A1").value = `${pkg.title[0].toUpperCase()}${pkg.title.slice(1)}`;
  sheet.getCell("A1").font = { bold: true, size: 14 };
  const facts: [string, string][] = [
    ["Package", pkg.id],
    ["Reporting country", country],
    ["Reference period", period],
  ];
  facts.forEach(([label, value], i) => {
    sheet.getCell(i + 2, 1).value = label;
    sheet.getCell(i + 2, 1).font = { bold: true };
    sheet.getCell(i + 2, 2).value = value;
    sheet.getCell(i + 2, 2).numFmt = TEXT_FORMAT;
  });
  sheet.getCell("C3").value = codeLists.label("geo", country) ?? null;

  HEADER.forEach((title, c) => {
    const cell = sheet.getCell(FIRST_TABLE_ROW - 1, c + 1);
    cell.value = title;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
  });
  packageSchedule(pkg, period).forEach(({ template, deadline }, i) => {
    const row = sheet.getRow(FIRST_TABLE_ROW + i);
    const name = template.id;
    row.getCell(1).value = template.id;
    row.getCell(2).value = template.title;
    row.getCell(3).value = template.legalBasis;
    row.getCell(4).value = deadline;
    row.getCell(5).value = {
      formula: `HYPERLINK("#${quoted(name).replace(/"/g, '""')}!A1","${name}")`,
      result: name,
    };
    row.getCell(5).font = { color: { argb: "FF0563C1" }, underline: true };
    row.getCell(6).value = {
      formula: `IF(COUNTA(${figureRange(name, template)})=0,"Not started","In progress")`,
      result: "Not started",
    };
  });

  [COLUMN_WIDTH.code, COLUMN_WIDTH.label, 50, COLUMN_WIDTH.code, COLUMN_WIDTH.code, 14].forEach(
    (width, c) => (sheet.getColumn(c + 1).width = width)
  );
  await protectTemplateSheet(sheet);
  return sheet;
}
