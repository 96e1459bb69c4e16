import { promises as fs } from "fs";
import path from "path";
import { InvalidArgumentError } from "commander";
import { codeLists, normalisePeriod, periodExample, SheetData, Template } from "../core";
import { errorCode, userError } from "../core/errors";
import { excerpt } from "../core/messages/en";
import { fileProblem, WorkbookContent } from "../workbook";
import { geoAlias } from "./country-alias";

/**
 * A reporting-country code, upper-cased and checked against a code list: the template's, or
 * Eurostat's geo list that every shipped template uses.
 */
export function reportingCountry(text: string, codeListId = "geo"): string {
  const code = text.trim().toUpperCase();
  if (!codeLists.has(codeListId, code)) {
    const alias = geoAlias(code);
    if (alias && codeLists.has(codeListId, alias)) {
      const label = codeLists.label(codeListId, alias) ?? alias;
      throw userError("geoAlias", { text: excerpt(text), alias, label });
    }
    const participants = codeLists
      .get(codeListId)
      .codes.slice(0, 6)
      .map((c) => c.code)
      .join(", ");
    throw userError("notCountry", { text: excerpt(text), participants });
  }
  return code;
}

/** The reference period in SDMX form (2026M06 → 2026-06), or a message saying how to write it. */
export function referencePeriod(template: Template, text: string): string {
  const period = normalisePeriod(text, template.frequency);
  if (!period) {
    throw userError("notPeriodOfTemplate", {
      text: excerpt(text),
      template: template.id,
      frequency: template.frequency,
      example: periodExample(template.frequency),
    });
  }
  return period;
}

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    () => false
  );
}

/** The same file, however it is named (a relative path, a link, another letter case). */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  const [statA, statB] = await Promise.all([
    fs.stat(a).catch(() => null),
    fs.stat(b).catch(() => null),
  ]);
  return statA !== null && statB !== null && statA.ino === statB.ino && statA.dev === statB.dev;
}

export interface OutputChoice {
  /** ".xlsx" or ".csv": what the file will hold. */
  extension: string;
  /** The file the command reads, which it must never write over. */
  input?: string;
  force?: boolean;
}

/**
 * A path to write: with the extension of what it will hold, not the file being read, and,
 * unless forced, not an existing file.
 */
export async function outputFile(file: string, choice: OutputChoice): Promise<string> {
  if (choice.input && (await sameFile(file, choice.input))) {
    throw userError("outputIsInput", { file });
  }
  if (!file.toLowerCase().endsWith(choice.extension)) {
    throw userError("wrongExtension", { extension: choice.extension, file });
  }
  if ((await exists(file)) && !choice.force) {
    throw userError("fileExists", { file });
  }
  return file;
}

/** A workbook path to write: it must end in .xlsx and, unless forced, not exist yet. */
export function outputWorkbook(file: string, force = false, input?: string): Promise<string> {
  return outputFile(file, { extension: ".xlsx", force, input });
}

/** Commander parser for --rounded: a positive whole base, or "auto". */
export function roundedOption(text: string): number | "auto" {
  if (text === "auto") return "auto";
  const base = Number(text);
  if (!Number.isInteger(base) || base < 1) {
    throw new InvalidArgumentError('give a whole number such as 5, or "auto".');
  }
  return base;
}

export function portOption(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new InvalidArgumentError("give a port number from 0 to 65535 (0 picks a free one).");
  }
  return port;
}

export const MAX_TOKEN_DAYS = 3650;

/** Commander parser for --expires-days: whole days from 1 to ten years. */
export function tokenDaysOption(text: string): number {
  const days = Number(text);
  if (!Number.isInteger(days) || days < 1 || days > MAX_TOKEN_DAYS) {
    throw new InvalidArgumentError(`give a whole number of days from 1 to ${MAX_TOKEN_DAYS}.`);
  }
  return days;
}

/** The one template sheet a command works on; --sheet chooses when a workbook holds several. */
export function chooseSheet(content: WorkbookContent, file: string, name?: string): SheetData {
  const names = content.sheets.map((s) => s.sheetName).join(", ");
  if (name) {
    const sheet = content.sheets.find((s) => s.sheetName === name);
    if (!sheet) throw userError("noSuchTemplateSheet", { file, sheet: name, sheets: names });
    return sheet;
  }
  if (content.sheets.length > 1) {
    throw userError("severalTemplateSheets", { file, sheets: names });
  }
  return content.sheets[0];
}

export async function readText(file: string): Promise<string> {
  try {
    return await fs.readFile(file, "utf8");
  } catch (error) {
    const problem = fileProblem(error);
    if (problem) throw userError("cannotRead", { file, code: errorCode(error) });
    throw error;
  }
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * A data file's text, refused when it is not UTF-8: read leniently, a CSV saved by Excel in a
 * Windows code page would turn every Cyrillic or accented comment into replacement characters
 * without a word.
 */
export async function readUtf8Text(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    if (fileProblem(error)) throw userError("cannotRead", { file, code: errorCode(error) });
    throw error;
  }
  try {
    return strictUtf8.decode(bytes);
  } catch {
    throw userError("cannotRead", { file, code: "NOT_UTF8" });
  }
}

export async function writeText(file: string, text: string): Promise<void> {
  try {
    await fs.writeFile(file, text, "utf8");
  } catch (error) {
    const problem = fileProblem(error);
    if (problem) throw userError("cannotWrite", { file, code: errorCode(error) });
    throw error;
  }
}
