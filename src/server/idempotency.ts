import { FastifyRequest } from "fastify";
import { SubmissionRequest } from "../core";
import { HttpError } from "./http-error";
import { sha256Hex } from "./receipt";
import { StoredSubmission } from "./store/exchange-store";

export const IDEMPOTENCY_HEADER = "idempotency-key";
/** Sent with the first receipt when a retried request is answered from the store. */
export const REPLAYED_HEADER = "Idempotent-Replayed";

/** A UUID is expected, but any short printable key is honoured. */
const KEY = /^[A-Za-z0-9._:-]{8,128}$/;

/** The request's Idempotency-Key, or null when it sent none. */
export function idempotencyKeyOf(request: FastifyRequest): string | null {
  const value = request.headers[IDEMPOTENCY_HEADER];
  if (value === undefined) return null;
  if (typeof value !== "string" || !KEY.test(value)) {
    throw new HttpError(
      400,
      "The Idempotency-Key header must be one key of 8 to 128 letters, digits or - _ . : " +
        "(a UUID, for instance)."
    );
  }
  return value;
}

/** What a retry must repeat exactly: the fields of the request, not its JSON spelling. */
export function fingerprintOf(request: SubmissionRequest): string {
  const { templateId, templateVersion, country, period, sdmxCsv } = request;
  return sha256Hex(JSON.stringify([templateId, templateVersion, country, period, sdmxCsv]));
}

/** A key already used by this token answers with its submission, if the request is the same. */
export function replayOf(earlier: StoredSubmission, fingerprint: string): StoredSubmission {
  if (earlier.requestSha256 !== fingerprint) {
    throw new HttpError(
      409,
      "This Idempotency-Key was already used for a different submission. Send new data with a " +
        "new key.",
      { submissionId: earlier.id }
    );
  }
  return earlier;
}
