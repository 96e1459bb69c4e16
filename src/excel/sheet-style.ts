import { codeLists, HighlightRule, InputRule, rangeAddress, SheetContent } from "../core";

/** Excel's own "Light red fill with dark red text", which officials recognise as "wrong". */
export const INVALID_FILL = "#FFC7CE";
export const INVALID_FONT = "#9C0006";
const HEADER_FILL = "#DDEBF7";
export const LABEL_FILL = "#F2F2F2";
const INPUT_FILL = "#FFF2CC";
const LABEL_COLUMN_WIDTH = 170;

function textGrid(rows: number, columns: number): string[][] {
  return Array.from({ length: rows }, () => new Array<string>(columns).fill("@"));
}

/**
 * Cells that hold codes or metadata are formatted as text before anything is written, so Excel
 * keeps "2026-06" a period (not a date) and codes such as "01" as they are.
 */
export function queueTextFormats(worksheet: Excel.Worksheet, content: SheetContent): void {
  const { layout, lastRow, lastCol } = content;
  const dataRows = lastRow - layout.firstDataRow + 1;
  const dataCols = lastCol - layout.firstDataCol + 1;
  const ranges: [number, number, number, number][] = [[1, 1, 4, 3]];
  layout.rowDims.forEach((_, j) => ranges.push([layout.firstDataRow, 2 * j, dataRows, 1]));
  layout.colDims.forEach((_, i) =>
    ranges.push([layout.codeRowOf(i), layout.firstDataCol, 1, dataCols])
  );
  for (const [row, col, rows, cols] of ranges) {
    worksheet.getRangeByIndexes(row, col, rows, cols).numberFormat = textGrid(rows, cols);
  }
}

export function queueHeaderStyle(worksheet: Excel.Worksheet, content: SheetContent): void {
  const { layout } = content;
  worksheet.getRange(content.titleCell).format.font.bold = true;
  worksheet.getRange(rangeAddress(1, 0, 4, 0)).format.font.bold = true;
  const header = worksheet.getRange(content.headerRange).format;
  header.fill.color = HEADER_FILL;
  header.font.bold = true;
  worksheet.getRange(content.rowLabelRange).format.fill.color = LABEL_FILL;
  worksheet.getRange(content.countryCell).format.fill.color = INPUT_FILL;
  worksheet.getRange(content.periodCell).format.fill.color = INPUT_FILL;
  layout.rowDims.forEach((_, j) => {
    worksheet.getRangeByIndexes(0, 2 * j + 1, 1, 1).format.columnWidth = LABEL_COLUMN_WIDTH;
  });
  worksheet.freezePanes.freezeAt(
    worksheet.getRangeByIndexes(0, 0, layout.firstDataRow, layout.firstDataCol)
  );
}

/** Only the cells an official fills in stay editable once the sheet is protected. */
export function queueUnlockInputs(worksheet: Excel.Worksheet, content: SheetContent): void {
  for (const address of [content.dataRange, content.countryCell, content.periodCell]) {
    worksheet.getRange(address).format.protection.locked = false;
  }
}

export function queueHighlights(worksheet: Excel.Worksheet, rules: HighlightRule[]): void {
  for (const rule of rules) {
    const format = worksheet
      .getRange(rule.range)
      .conditionalFormats.add(Excel.ConditionalFormatType.custom);
    format.custom.rule.formula = rule.formula;
    format.custom.format.fill.color = INVALID_FILL;
    format.custom.format.font.color = INVALID_FONT;
  }
}

export function queueInputRules(worksheet: Excel.Worksheet, rules: InputRule[]): void {
  for (const rule of rules) {
    const validation = worksheet.getRange(rule.range).dataValidation;
    validation.rule = { custom: { formula: rule.formula } };
    validation.errorAlert = {
      showAlert: true,
      style: Excel.DataValidationAlertStyle.stop,
      title: "Not a valid figure",
      message: rule.message,
    };
  }
}

/**
 * A drop-down of the six WB-MIDEX participants (plus the chosen country when it is another one).
 * An inline list is limited to 255 characters, so the full geo list cannot be offered here; other
 * geo codes may still be typed and the pane checks them.
 */
export function queueCountryList(worksheet: Excel.Worksheet, cell: string, country: string): void {
  const participants = codeLists
    .get("geo")
    .codes.slice(0, 6)
    .map((c) => c.code);
  const choices = participants.includes(country) ? participants : [...participants, country];
  const validation = worksheet.getRange(cell).dataValidation;
  validation.rule = { list: { inCellDropDown: true, source: choices.join(",") } };
  validation.errorAlert = {
    showAlert: true,
    style: Excel.DataValidationAlertStyle.warning,
    title: "Reporting country",
    message: "Use a Eurostat geo code; the WB-MIDEX participants are listed.",
  };
}
