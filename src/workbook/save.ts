import { promises as fs } from "fs";
import path from "path";
import type ExcelJS from "exceljs";
import { UserError } from "../core";
import { fileProblem } from "./file-problem";

/**
 * Writes beside the target and renames, so a failed save never leaves half a workbook where the
 * user's file was.
 */
export async function saveWorkbook(workbook: ExcelJS.Workbook, file: string): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await workbook.xlsx.writeFile(temporary);
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    const problem = fileProblem(error);
    if (problem) throw new UserError(`cannot write ${file}: ${problem}.`);
    throw error;
  }
}
