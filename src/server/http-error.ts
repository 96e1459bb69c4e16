import { Finding } from "../core";

/**
 * A refusal the endpoint answers with: an HTTP status and a plain sentence for the official,
 * plus the findings or details that explain it. The error handler turns it into the JSON body.
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details: { findings?: Finding[]; [field: string]: unknown } = {}
  ) {
    super(message);
    this.name = "HttpError";
  }
}
