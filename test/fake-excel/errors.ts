/**
 * Errors shaped like `OfficeExtension.Error`: tests and the adapter branch on `code`, so the codes
 * are the ones Office.js uses (`Excel.ErrorCodes` and `OfficeExtension.ErrorCodes`).
 */
export type FakeErrorCode =
  | "PropertyNotLoaded"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidReference"
  | "AccessDenied"
  | "ApiNotFound"
  | "GeneralException";

export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  readonly traceMessages: string[] = [];

  constructor(code: FakeErrorCode | string, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

export function notLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Load it and call context.sync() before reading it.`
  );
}

export function fail(code: FakeErrorCode, message: string): never {
  throw new FakeOfficeError(code, message);
}
