import {
  AuditEntry,
  NewSubmission,
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

/** Receipt and validation, the two steps a submission has passed when it is stored. */
export function storedEntries(submission: NewSubmission): AuditEntry[] {
  const entry = (fromStatus: SubmissionStatus | null, toStatus: SubmissionStatus) => ({
    at: submission.receivedAt,
    tokenId: submission.tokenId,
    action: `submission.${toStatus}`,
    submissionId: submission.id,
    fromStatus,
    toStatus,
    detail: null,
  });
  return [entry(null, "received"), entry("received", STORED_STATUS)];
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
