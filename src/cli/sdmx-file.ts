import { ParsedSdmx, readSdmxCsv, UserError } from "../core";
import { readText, readUtf8Text } from "./arguments";
import { userError } from "../core/errors";

/** A user's mistake found in a file, said with the file's name in front. */
export function inFile<T>(file: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof UserError && error.constructor === UserError) {
      const message = error.message.charAt(0).toLowerCase() + error.message.slice(1);
      throw new UserError(`${file}: ${message}`, error.text && { ...error.text, file });
    }
    throw error;
  }
}

/** An .xlsx package is a zip, whatever its name says. */
function isZip(text: string): boolean {
  return text.startsWith("PK\u0003\u0004");
}

/**
 * Reads the data file of `midex import`. A workbook given in its place is the usual slip of
 * swapping the two files, so that is what the message says.
 */
export async function readDataFile(file: string, workbook: string): Promise<ParsedSdmx> {
  const swapped = () => userError("swappedFiles", { file, workbook });
  if (/\.xls[xmb]?$/i.test(file)) throw swapped();
  if (isZip(await readText(file))) throw swapped();
  const text = await readUtf8Text(file);
  return inFile(file, () => readSdmxCsv(text));
}
