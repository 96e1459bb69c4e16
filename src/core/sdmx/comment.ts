import { en } from "../messages/en";

/**
 * An observation's comment (SDMX's COMMENT_OBS attribute): here, the justification an official
 * writes for a warning on that figure. It travels inside the SDMX-CSV, so its limits are checked
 * the same way wherever a comment is written or read.
 */

/** SDMX's observation-level comment attribute, as an SDMX-CSV column name. */
export const COMMENT_COLUMN = "COMMENT_OBS";

/** Long enough for a few sentences of explanation, short enough to keep a cube's file small. */
export const MAX_COMMENT_LENGTH = 1000;

// C0 and C1 control characters (tabs and line breaks included): they would break the CSV line a
// reader sees, hide text on screen, or smuggle terminal escapes into logs.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

// Characters that reorder or split the text a reader sees (bidirectional overrides, embeddings
// and isolates; the Unicode line and paragraph separators): a comment could show one thing on
// screen and say another in the file.
const INVISIBLE_LAYOUT = /[\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

// Code units that are not text: half of a surrogate pair without its other half, and the
// noncharacters U+FFFE and U+FFFF. Stored as UTF-8 they become other bytes than the ones a
// receipt's SHA-256 was taken of, and XML 1.0 (the workbook's records part) forbids them.
const NOT_TEXT = new RegExp(
  [
    "[\\ud800-\\udbff](?![\\udc00-\\udfff])",
    "(?<![\\ud800-\\udbff])[\\udc00-\\udfff]",
    "[\\ufffe\\uffff]",
  ].join("|")
);

// Spreadsheet programs run a CSV cell that starts with one of these as a formula when the file
// is opened, so a published comment could compute or fetch something on a reader's machine.
const FORMULA_START = /^[=+\-@]/;

/** A comment as it is stored: surrounding blanks removed; blank means no comment. */
export function normaliseComment(text: string | undefined): string | undefined {
  const trimmed = text?.trim() ?? "";
  return trimmed === "" ? undefined : trimmed;
}

/** What is wrong with a comment, as data: the message and its parameters. */
export interface CommentFault {
  messageId:
    | "comment.tooLong"
    | "comment.control"
    | "comment.layout"
    | "comment.notText"
    | "comment.formula";
  params: Record<string, string | number>;
}

/**
 * What is wrong with a comment, or undefined when it can be sent. Other free texts shown or
 * exported with the data (a reviewer's comment) pass the same check with their own length limit.
 */
export function commentFault(
  text: string,
  maxLength: number = MAX_COMMENT_LENGTH
): CommentFault | undefined {
  const length = [...text].length;
  if (length > maxLength) {
    return { messageId: "comment.tooLong", params: { length, max: maxLength } };
  }
  const control = CONTROL.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
    return { messageId: "comment.control", params: { code, position: control.index + 1 } };
  }
  const layout = INVISIBLE_LAYOUT.exec(text);
  if (layout) {
    const code = layout[0].charCodeAt(0).toString(16).toUpperCase();
    return { messageId: "comment.layout", params: { code, position: layout.index + 1 } };
  }
  const notText = NOT_TEXT.exec(text);
  if (notText) {
    const code = notText[0].charCodeAt(0).toString(16).toUpperCase();
    return { messageId: "comment.notText", params: { code, position: notText.index + 1 } };
  }
  if (FORMULA_START.test(text.trim())) return { messageId: "comment.formula", params: {} };
  return undefined;
}

/** What is wrong with a comment, in plain English words, or undefined when it can be sent. */
export function commentProblem(
  text: string,
  maxLength: number = MAX_COMMENT_LENGTH
): string | undefined {
  const fault = commentFault(text, maxLength);
  return fault && en[fault.messageId](fault.params);
}
