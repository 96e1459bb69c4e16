import { UserError } from "../core";

/**
 * Why an action on the workbook failed, in words an official can act on. Office.js's own error
 * text is localised and meant for developers, so it is never shown; its code picks the sentence.
 */
export class ExcelProblem extends Error {
  constructor(
    message: string,
    readonly code?: string,
    options?: { cause?: unknown }
  ) {
    super(message, options);
    this.name = "ExcelProblem";
  }
}

const BY_CODE: Record<string, string> = {
  InvalidOperationInCellEditMode:
    "Excel is waiting for you to finish typing in a cell. Press Enter or Esc, then try again.",
  AccessDenied:
    "Excel refused the change, probably because the sheet is protected or shared read-only. " +
    "Check the sheet, then try again.",
  ItemNotFound: "The sheet or cell no longer exists. Click Validate now to refresh the list.",
  ItemAlreadyExists: "A sheet with that name already exists. Rename it, then try again.",
  RequestPayloadSizeLimitExceeded:
    "The sheet is too large for Excel on the web to handle in one step. Remove unused rows, " +
    "or use Excel for Windows or Mac.",
  ResponsePayloadSizeLimitExceeded:
    "The sheet is too large for Excel on the web to read in one step. Remove unused rows, " +
    "or use Excel for Windows or Mac.",
  ApiNotFound: "This version of Excel is too old for the add-in. Update Office, then try again.",
  NotImplemented: "This version of Excel is too old for the add-in. Update Office, then try again.",
  ActivityLimitReached: "Excel is busy. Wait a moment, then try again.",
  Conflict: "Someone else changed the sheet at the same time. Try again.",
  InsertDeleteConflict: "Someone else changed the sheet at the same time. Try again.",
};

const FALLBACK =
  "Excel could not complete the action. Try again; if it keeps failing, reload the add-in.";

function officeCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/** Turns anything a batch threw into an error whose message may be shown as it is. */
export function toExcelProblem(error: unknown): Error {
  if (error instanceof UserError || error instanceof ExcelProblem) return error;
  const code = officeCode(error);
  const message = (code && BY_CODE[code]) ?? FALLBACK;
  return new ExcelProblem(code ? `${message} (Excel code: ${code})` : message, code, {
    cause: error,
  });
}
