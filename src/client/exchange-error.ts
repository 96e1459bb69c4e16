import { Finding } from "../core";

/**
 * The exchange refused a request or could not be reached. `status` is the HTTP status, or 0 when
 * no answer came (network failure, timeout); `message` is written for the official; `findings`
 * are the rule results when the exchange refused the data for them.
 */
export class ExchangeError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly findings?: Finding[],
    /** The exchange's own sentence, when it sent one. */
    readonly serverMessage?: string
  ) {
    super(message);
    this.name = "ExchangeError";
  }
}
