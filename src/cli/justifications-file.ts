import { readFile } from "node:fs/promises";
import { commentProblem, UserError } from "../core";
import { errorCode } from "../core/errors";
import { excerpt } from "../core/messages/en";
import { GivenJustification } from "../core/sdmx/justification";

/** A justification from the file, with where it stands there, to name it in messages. */
export interface FileJustification extends GivenJustification {
  /** Its position in the file's array, from 1. */
  entry: number;
  /** The cell as the file writes it, before it is normalised. */
  cell?: string;
}

const SHAPE =
  'Write a JSON array of {"rule": "<rule id>", "cell": "<cell, e.g. C14>", ' +
  '"text": "<why the figure is right>"}.';

const READ_PROBLEM: Record<string, string> = {
  ENOENT: "there is no such file",
  EISDIR: "it is a folder, not a file",
  EACCES: "you may not read it",
  EPERM: "you may not read it",
};

/** "entry 3 (rule nope, cell ZZ9)": how messages name an entry. */
export function entryName(j: { entry: number; ruleId?: string; cell?: string }): string {
  const parts = [
    j.ruleId !== undefined ? `rule ${excerpt(j.ruleId)}` : undefined,
    j.cell !== undefined ? `cell ${excerpt(j.cell)}` : undefined,
  ].filter((p) => p !== undefined);
  return parts.length > 0 ? `entry ${j.entry} (${parts.join(", ")})` : `entry ${j.entry}`;
}

/**
 * The cell as the findings name it: a sheet prefix naming the submitted sheet ("EIRTN1!C14", as
 * `midex validate` prints it), `$` signs, spaces and case do not matter. Undefined when the
 * prefix names another sheet.
 */
export function normaliseCell(cell: string, sheetNames: string[]): string | undefined {
  const compact = cell.replace(/\s+/g, "");
  const bang = compact.lastIndexOf("!");
  if (bang >= 0) {
    const sheet = compact
      .slice(0, bang)
      .replace(/^'(.*)'$/, "$1")
      .toUpperCase();
    const names = sheetNames.map((n) => n.replace(/\s+/g, "").toUpperCase());
    if (!names.includes(sheet)) return undefined;
  }
  return compact
    .slice(bang + 1)
    .replace(/\$/g, "")
    .toUpperCase();
}

async function textOf(file: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    const why = READ_PROBLEM[errorCode(error)] ?? `it could not be read (${errorCode(error)})`;
    throw new UserError(`Cannot read the justifications file ${file}: ${why}.`);
  }
}

function isTextRecord(value: unknown): value is Record<string, string> {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => typeof v === "string")
  );
}

/** One entry of the file checked, or what is wrong with it in plain words. */
function entryOf(raw: unknown, entry: number, sheetNames: string[]): FileJustification | string {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return `entry ${entry} is not an object with "rule", "cell" and "text"`;
  }
  const { rule, cell, key, text } = raw as Record<string, unknown>;
  const named = {
    entry,
    ruleId: typeof rule === "string" ? rule : undefined,
    cell: typeof cell === "string" ? cell : undefined,
  };
  const name = entryName(named);
  if (typeof rule !== "string" || rule.trim() === "") {
    return `${name} has no "rule": give the rule id of the warning`;
  }
  if (cell !== undefined && (typeof cell !== "string" || cell.trim() === "")) {
    return `${name} has a "cell" that is not a cell address like C14`;
  }
  if (key !== undefined && !isTextRecord(key)) {
    return `${name} has a "key" that is not an object of codes, like {"citizen": "SY"}`;
  }
  if (cell === undefined && key === undefined) {
    return `${name} has neither "cell" nor "key": give its cell or its key`;
  }
  if (typeof text !== "string") {
    return `${name} has no "text": write why the figure is right`;
  }
  const problem = commentProblem(text);
  if (problem) return `${name}: ${problem}`;
  const address = typeof cell === "string" ? normaliseCell(cell, sheetNames) : undefined;
  if (typeof cell === "string" && address === undefined) {
    return `${name} names another sheet than the submitted one (${sheetNames[0]})`;
  }
  return { ...named, ruleId: rule.trim(), address, key, text };
}

/**
 * The justifications file: a JSON array of {rule, cell or key, text}, in UTF-8 with or without
 * a byte order mark (Windows Notepad writes one). `sheetNames` are the names the submitted
 * sheet may be given in a cell's prefix. Every mistake is said with its entry and cell.
 */
export async function readJustificationsFile(
  file: string,
  sheetNames: string[]
): Promise<FileJustification[]> {
  const text = (await textOf(file)).replace(/^\uFEFF/, "");
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new UserError(`The justifications file ${file} is not valid JSON. ${SHAPE}`);
  }
  if (!Array.isArray(parsed)) {
    throw new UserError(`The justifications file ${file} does not hold a JSON array. ${SHAPE}`);
  }
  const entries = parsed.map((raw, i) => entryOf(raw, i + 1, sheetNames));
  const problems = entries.filter((e): e is string => typeof e === "string");
  if (problems.length > 0) {
    throw new UserError(
      `The justifications file ${file} has mistakes: ${problems.join("; ")}. ${SHAPE}`
    );
  }
  return entries as FileJustification[];
}
