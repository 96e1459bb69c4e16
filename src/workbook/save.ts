import { promises as fs } from "fs";
import path from "path";
import type ExcelJS from "exceljs";
import { errorCode, userError } from "../core/errors";
import { addStampPart } from "./custom-xml";
import { fileProblem } from "./file-problem";

/**
 * Writes beside the target and renames, so a failed save never leaves half a workbook where the
 * user's file was. The stamp, when given, goes into the package as its custom XML part.
 */
export async function saveWorkbook(
  workbook: ExcelJS.Workbook,
  file: string,
  stampXml?: string
): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    const written = Buffer.from(await workbook.xlsx.writeBuffer());
    await fs.writeFile(temporary, stampXml ? await addStampPart(written, stampXml) : written);
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    const problem = fileProblem(error);
    if (problem) throw userError("cannotWrite", { file, code: errorCode(error) });
    throw error;
  }
}
