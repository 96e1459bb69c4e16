import { promises as fs } from "fs";
import path from "path";
import type ExcelJS from "exceljs";
import { RECEIPT_NAMESPACE, STAMP_NAMESPACE } from "../core";
import { errorCode, userError } from "../core/errors";
import { addCustomXmlParts, CustomXmlPart } from "./custom-xml";
import { fileProblem } from "./file-problem";

/**
 * Writes beside the target and renames, so a failed save never leaves half a workbook where the
 * user's file was. The stamp and the submission records (receipts and justifications), when
 * given, go into the package as its custom XML parts, which exceljs would otherwise drop.
 */
export async function saveWorkbook(
  workbook: ExcelJS.Workbook,
  file: string,
  stampXml?: string,
  recordsXml?: string
): Promise<void> {
  const parts: CustomXmlPart[] = [
    ...(stampXml ? [{ namespace: STAMP_NAMESPACE, xml: stampXml }] : []),
    ...(recordsXml ? [{ namespace: RECEIPT_NAMESPACE, xml: recordsXml }] : []),
  ];
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    const written = Buffer.from(await workbook.xlsx.writeBuffer());
    await fs.writeFile(
      temporary,
      parts.length > 0 ? await addCustomXmlParts(written, parts) : written
    );
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    const problem = fileProblem(error);
    if (problem) throw userError("cannotWrite", { file, code: errorCode(error) });
    throw error;
  }
}
