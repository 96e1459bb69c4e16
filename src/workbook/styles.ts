import type ExcelJS from "exceljs";

/** Looks shared by every sheet the CLI writes; Excel's own "Bad" style marks invalid cells. */
export const HEADER_FILL: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: "FFDDEBF7" },
};

export const ROW_LABEL_FILL: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: "FFF2F2F2" },
};

export const INPUT_FILL: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: "FFFFF2CC" },
};

export const INVALID_STYLE: Partial<ExcelJS.Style> = {
  fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } },
  font: { color: { argb: "FF9C0006" } },
};

/** Excel's "Text" number format: keeps 2026-06 and codes such as 0101 exactly as typed. */
export const TEXT_FORMAT = "@";

export const COLUMN_WIDTH = { code: 12, label: 40, figure: 11 } as const;
