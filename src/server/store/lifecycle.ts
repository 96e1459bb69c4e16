import {
  AcceptanceRefused,
  AcceptedVersion,
  AuditEntry,
  NewSubmission,
  ReceivedSubmission,
  Review,
  ReviewDecision,
  StoredSubmission,
  SubmissionStatus,
} from "./exchange-store";

/** Every store applies the same status changes and audits them with the same entries. */

/** The status a stored submission starts in: the endpoint validated it before storing it. */
export const STORED_STATUS: SubmissionStatus = "validated";

/** Only a validated submission awaits review. */
export const REVIEWABLE_STATUS: SubmissionStatus = "validated";

export const STATUS_AFTER: Record<ReviewDecision, SubmissionStatus> = {
  accept: "accepted",
  return: "returned",
};

/** The entry of a submission's arrival, written before it is checked. */
export function receivedEntry(received: ReceivedSubmission): AuditEntry {
  return {
    at: received.receivedAt,
    tokenId: received.tokenId,
    action: "submission.received",
    submissionId: received.id,
    fromStatus: null,
    toStatus: "received",
    detail: null,
  };
}

/** How a received submission ended without being stored: refused, abandoned or a repeat. */
export function endedEntry(
  received: Pick<ReceivedSubmission, "id" | "tokenId">,
  action: "refused" | "abandoned" | "repeated",
  at: string,
  detail: string
): AuditEntry {
  return {
    at,
    tokenId: received.tokenId,
    action: `submission.${action}`,
    submissionId: received.id,
    fromStatus: "received",
    toStatus: null,
    detail,
  };
}

/** Why a received submission is abandoned: no request is still checking it. */
export const ABANDONED_DETAIL = "no answer was given: the request ended with its server";

/** A repeat under an Idempotency-Key already stored: the first submission is the answer. */
export function repeatedEntry(submission: NewSubmission, firstId: string): AuditEntry {
  return endedEntry(
    submission,
    "repeated",
    submission.receivedAt,
    `same Idempotency-Key as submission ${firstId}`
  );
}

/**
 * The steps a submission has passed when it is stored: validation, after its arrival was
 * recorded by receiveSubmission, or both when it was stored without that record.
 */
export function storedEntries(submission: NewSubmission, wasReceived = false): AuditEntry[] {
  const entry = (fromStatus: SubmissionStatus | null, toStatus: SubmissionStatus) => ({
    at: submission.receivedAt,
    tokenId: submission.tokenId,
    action: `submission.${toStatus}`,
    submissionId: submission.id,
    fromStatus,
    toStatus,
    detail: null,
  });
  const validated = entry("received", STORED_STATUS);
  return wasReceived ? [validated] : [entry(null, "received"), validated];
}

export function reviewedEntry(review: Review, before: StoredSubmission): AuditEntry {
  const toStatus = STATUS_AFTER[review.decision];
  return {
    at: review.at,
    tokenId: review.tokenId,
    action: `submission.${toStatus}`,
    submissionId: review.submissionId,
    fromStatus: before.status,
    toStatus,
    detail: null,
  };
}

export function reviewed(review: Review, before: StoredSubmission): StoredSubmission {
  return {
    ...before,
    status: STATUS_AFTER[review.decision],
    reviewComment: review.comment,
    reviewedAt: review.at,
    reviewedBy: review.tokenId,
  };
}

/**
 * Why an acceptance cannot be made, from what the store read inside the review's transaction:
 * `newest`, the version of the same table accepted last, and `current`, the versions accepted
 * now of the tables in `review.checkedAgainst`, in the same order. Undefined when it can be made.
 * A newer accepted version wins over an older one, so that the published data never goes back
 * to figures that were already corrected.
 */
export function acceptanceRefusal(
  review: Review,
  before: StoredSubmission,
  newest: StoredSubmission | undefined,
  current: AcceptedVersion[]
): AcceptanceRefused | undefined {
  if (newest && newest.version > before.version) {
    return { superseded: { submission: before, newer: newest } };
  }
  const checked = review.checkedAgainst ?? [];
  const tables = current.filter((now, i) => now.version !== checked[i].version);
  return tables.length > 0 ? { changed: { submission: before, tables } } : undefined;
}
