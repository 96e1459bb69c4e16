import type ExcelJS from "exceljs";
import {
  buildSheetContent,
  cellAddress,
  CellValue,
  META,
  parseRange,
  SheetContent,
  Template,
} from "../core";
import { Language } from "../core/i18n";
import { protectTemplateSheet } from "./protection";
import { applyCountryList, applyFigureValidation, applyHighlightRules } from "./sheet-rules";
import { COLUMN_WIDTH, HEADER_FILL, INPUT_FILL, ROW_LABEL_FILL, TEXT_FORMAT } from "./styles";
import { codesReference } from "./support-sheets";

type Area = ReturnType<typeof parseRange>;

export function eachCell(
  sheet: ExcelJS.Worksheet,
  area: Area,
  style: (cell: ExcelJS.Cell) => void
) {
  for (let row = area.row; row <= area.lastRow; row++) {
    for (let col = area.col; col <= area.lastCol; col++) style(sheet.getCell(row + 1, col + 1));
  }
}

function writeValues(sheet: ExcelJS.Worksheet, grid: CellValue[][]) {
  grid.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null) sheet.getCell(r + 1, c + 1).value = value;
    })
  );
}

/** The country's label follows the code the user picks, looked up in the hidden code list. */
function writeCountryLabel(sheet: ExcelJS.Worksheet, template: Template, content: SheetContent) {
  const label = content.grid[META.countryRow][META.labelCol];
  const table = codesReference(template).table;
  sheet.getCell(META.countryRow + 1, META.labelCol + 1).value = {
    formula: `IFERROR(VLOOKUP(${content.countryCell},${table},2,FALSE),"")`,
    result: typeof label === "string" ? label : "",
  };
}

/** Codes and labels of the rows from `area`, styled as the row headers they are. */
export function styleRowLabels(sheet: ExcelJS.Worksheet, rowDimCount: number, area: Area) {
  eachCell(sheet, area, (cell) => (cell.fill = ROW_LABEL_FILL));
  for (let j = 0; j < rowDimCount; j++) {
    eachCell(sheet, { ...area, col: 2 * j, lastCol: 2 * j }, (cell) => {
      cell.numFmt = TEXT_FORMAT;
      cell.font = { bold: true };
    });
  }
}

function styleSheet(sheet: ExcelJS.Worksheet, content: SheetContent) {
  const { layout } = content;
  sheet.getCell(content.titleCell).font = { bold: true, size: 14 };
  for (let row = META.templateRow; row <= META.unitRow; row++) {
    sheet.getCell(row + 1, 1).font = { bold: true };
  }
  for (const address of [content.countryCell, content.periodCell]) {
    const cell = sheet.getCell(address);
    cell.numFmt = TEXT_FORMAT;
    cell.fill = INPUT_FILL;
    cell.protection = { locked: false };
  }

  const header = parseRange(content.headerRange);
  eachCell(sheet, header, (cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { wrapText: true, vertical: "top" };
  });
  layout.colDims.forEach((_, i) => {
    const codeRow = layout.codeRowOf(i);
    eachCell(sheet, { ...header, row: codeRow, lastRow: codeRow }, (c) => (c.numFmt = TEXT_FORMAT));
  });

  styleRowLabels(sheet, layout.rowDims.length, parseRange(content.rowLabelRange));
  eachCell(sheet, parseRange(content.dataRange), (cell) => (cell.protection = { locked: false }));
}

function sizeColumns(sheet: ExcelJS.Worksheet, content: SheetContent) {
  const { layout } = content;
  for (let col = 0; col <= content.lastCol; col++) {
    const isRowDim = col < layout.firstDataCol;
    const width = !isRowDim
      ? COLUMN_WIDTH.figure
      : col % 2 === 0
        ? COLUMN_WIDTH.code
        : COLUMN_WIDTH.label;
    sheet.getColumn(col + 1).width = width;
  }
}

/**
 * Adds one template sheet, starting with the rows a country usually needs, with its looks, rules
 * and protection. The hidden codes sheet it refers to is added once per workbook by the caller.
 */
export async function addTemplateSheet(
  workbook: ExcelJS.Workbook,
  template: Template,
  country: string,
  period: string,
  name = template.id,
  language: Language = "en"
): Promise<{ worksheet: ExcelJS.Worksheet; content: SheetContent }> {
  const content = buildSheetContent(template, country, period, "common", language);
  const { layout } = content;
  const worksheet = workbook.addWorksheet(name, {
    views: [
      {
        state: "frozen",
        xSplit: layout.firstDataCol,
        ySplit: layout.firstDataRow,
        topLeftCell: cellAddress(layout.firstDataRow, layout.firstDataCol),
        activeCell: content.countryCell,
      },
    ],
  });

  writeValues(worksheet, content.grid);
  writeCountryLabel(worksheet, template, content);
  styleSheet(worksheet, content);
  sizeColumns(worksheet, content);
  applyHighlightRules(worksheet, template, layout);
  applyFigureValidation(worksheet, template, layout);
  applyCountryList(worksheet, template);
  await protectTemplateSheet(worksheet);
  return { worksheet, content };
}
