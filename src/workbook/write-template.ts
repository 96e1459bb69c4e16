import ExcelJS from "exceljs";
import {
  buildSheetContent,
  cellAddress,
  CellValue,
  META,
  parseRange,
  SheetContent,
  Template,
} from "../core";
import { protectTemplateSheet } from "./protection";
import { applyCountryList, applyFigureValidation, applyHighlightRules } from "./sheet-rules";
import { COLUMN_WIDTH, HEADER_FILL, INPUT_FILL, ROW_LABEL_FILL, TEXT_FORMAT } from "./styles";
import { addCodesSheet, addMetaSheet, codesReference } from "./support-sheets";
import { saveWorkbook } from "./save";

type Area = ReturnType<typeof parseRange>;

function eachCell(sheet: ExcelJS.Worksheet, area: Area, style: (cell: ExcelJS.Cell) => void) {
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

  const rowLabels = parseRange(content.rowLabelRange);
  eachCell(sheet, rowLabels, (cell) => (cell.fill = ROW_LABEL_FILL));
  layout.rowDims.forEach((_, j) => {
    const codes = { ...rowLabels, col: 2 * j, lastCol: 2 * j };
    eachCell(sheet, codes, (cell) => {
      cell.numFmt = TEXT_FORMAT;
      cell.font = { bold: true };
    });
  });

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

/** Builds the template sheet with its looks, rules and protection, plus the two hidden sheets. */
export async function buildTemplateWorkbook(
  template: Template,
  country: string,
  period: string
): Promise<ExcelJS.Workbook> {
  const content = buildSheetContent(template, country, period);
  const { layout } = content;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "midex";
  const firstData = cellAddress(layout.firstDataRow, layout.firstDataCol);
  const sheet = workbook.addWorksheet(template.id, {
    views: [
      {
        state: "frozen",
        xSplit: layout.firstDataCol,
        ySplit: layout.firstDataRow,
        topLeftCell: firstData,
        activeCell: content.countryCell,
      },
    ],
  });

  writeValues(sheet, content.grid);
  writeCountryLabel(sheet, template, content);
  styleSheet(sheet, content);
  sizeColumns(sheet, content);
  applyHighlightRules(sheet, template, layout);
  applyFigureValidation(sheet, template, layout);
  applyCountryList(sheet, template);
  await protectTemplateSheet(sheet);

  await addCodesSheet(workbook, template);
  await addMetaSheet(workbook, {
    templateId: template.id,
    templateVersion: template.version,
    country,
    period,
  });
  return workbook;
}

export async function writeTemplateWorkbook(
  template: Template,
  country: string,
  period: string,
  file: string
): Promise<void> {
  const workbook = await buildTemplateWorkbook(template, country, period);
  await saveWorkbook(workbook, file);
}
