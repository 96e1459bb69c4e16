import { ErrorId, errorsEn, P } from "./messages/errors/en";

/** What a UserError says, as data, so an adapter can word it in the user's language. */
export interface ErrorText {
  id: ErrorId;
  params: P;
  /** The file the sentence is about, said in front of it ("data.csv: the file is …"). */
  file?: string;
}

/**
 * A mistake the user can fix (a wrong code, an unreadable file, an unknown template). Adapters
 * print its message plainly, without a stack; any other error is a bug and keeps its cause.
 * `message` is English (logs, the exchange, --json); `text`, when there is one, lets the CLI say
 * it in the command's language.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly text?: ErrorText
  ) {
    super(message);
    this.name = "UserError";
  }
}

/** A UserError worded from the error catalogue; its message is the English sentence. */
export function userError(id: ErrorId, params: P = {}): UserError {
  return new UserError(errorsEn[id](params), { id, params });
}

/** The code of a failed file operation (ENOENT, EBUSY, …), which the catalogues word. */
export function errorCode(error: unknown): string {
  return String((error as { code?: unknown } | undefined)?.code ?? "");
}
