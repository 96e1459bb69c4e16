import { runExcel, RunOptions } from "./run";

/** Goes to a cell: the sheet is activated first, as select() on another sheet is unreliable. */
export function selectCell(sheetKey: string, address: string, options?: RunOptions): Promise<void> {
  return runExcel(async (context, sync) => {
    const worksheet = context.workbook.worksheets.getItem(sheetKey);
    worksheet.activate();
    worksheet.getRange(address).select();
    await sync();
  }, options);
}
