import { Finding } from "../core";

/**
 * A refusal the endpoint answers with: an HTTP status and a plain sentence for the official,
 * plus the findings or details that explain it. The error handler turns it into the JSON body
 * and sends `headers` with it (Retry-After, for instance).
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details: { findings?: Finding[]; [field: string]: unknown } = {},
    readonly headers: Record<string, string> = {}
  ) {
    super(message);
    this.name = "HttpError";
  }
}
