/** Reading and writing .xlsx template workbooks in Node, with exceljs. */
export { readWorkbook } from "./read-workbook";
export type { WorkbookContent } from "./read-workbook";
export {
  buildTemplateWorkbook,
  buildWorkbook,
  newSheet,
  writePackageWorkbook,
  writeTemplateWorkbook,
  writeWorkbook,
} from "./write-template";
export { writeFigures } from "./write-figures";
export type { SheetJustification } from "./write-figures";
export { fileProblem } from "./file-problem";
export { refuseMacroWorkbook } from "./macros";
