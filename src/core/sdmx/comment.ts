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

/** A comment as it is stored: surrounding blanks removed; blank means no comment. */
export function normaliseComment(text: string | undefined): string | undefined {
  const trimmed = text?.trim() ?? "";
  return trimmed === "" ? undefined : trimmed;
}

/** What is wrong with a comment, in plain words, or undefined when it can be sent. */
export function commentProblem(text: string): string | undefined {
  if ([...text].length > MAX_COMMENT_LENGTH) {
    return (
      `the comment is ${[...text].length} characters long; ` +
      `at most ${MAX_COMMENT_LENGTH} are allowed`
    );
  }
  const control = CONTROL.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
    return (
      `the comment holds a control character (U+${code}) at position ${control.index + 1}; ` +
      "write it on one line, without tabs or line breaks"
    );
  }
  return undefined;
}
