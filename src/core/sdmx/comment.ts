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

// Spreadsheet programs run a CSV cell that starts with one of these as a formula when the file
// is opened, so a published comment could compute or fetch something on a reader's machine.
const FORMULA_START = /^[=+\-@]/;

/** A comment as it is stored: surrounding blanks removed; blank means no comment. */
export function normaliseComment(text: string | undefined): string | undefined {
  const trimmed = text?.trim() ?? "";
  return trimmed === "" ? undefined : trimmed;
}

/**
 * What is wrong with a comment, in plain words, or undefined when it can be sent. Other free
 * texts shown or exported with the data (a reviewer's comment) pass the same check with their
 * own length limit.
 */
export function commentProblem(
  text: string,
  maxLength: number = MAX_COMMENT_LENGTH
): string | undefined {
  if ([...text].length > maxLength) {
    return `the comment is ${[...text].length} characters long; at most ${maxLength} are allowed`;
  }
  const control = CONTROL.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
    return (
      `the comment holds a control character (U+${code}) at position ${control.index + 1}; ` +
      "write it on one line, without tabs or line breaks"
    );
  }
  const layout = INVISIBLE_LAYOUT.exec(text);
  if (layout) {
    const code = layout[0].charCodeAt(0).toString(16).toUpperCase();
    return (
      `the comment holds an invisible character that changes how text is shown (U+${code}) ` +
      `at position ${layout.index + 1}; remove it`
    );
  }
  if (FORMULA_START.test(text.trim())) {
    return (
      "the comment may not start with =, +, - or @, because spreadsheet programs would " +
      "run it as a formula; start with a word"
    );
  }
  return undefined;
}
