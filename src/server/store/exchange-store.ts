/**
 * What the exchange endpoint keeps: access tokens (as hashes), submissions with their review
 * status, and the audit log. The interface names no database: SQLite and PostgreSQL stores both
 * implement it, and its methods are asynchronous for that reason.
 */

/** submitter: one country's data; reviewer: the regional centre, reviews any country; reader. */
export type TokenRole = "submitter" | "reviewer" | "reader";

export const TOKEN_ROLES: readonly TokenRole[] = ["submitter", "reviewer", "reader"];

export interface TokenRecord {
  id: string;
  /** SHA-256 (hex) of the plain token; the plain token itself is never stored. */
  hash: string;
  country: string;
  role: TokenRole;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
}

/**
 * received → validated → accepted | returned. The endpoint checks a submission before storing
 * it, so a stored submission is validated; the reviewer then accepts or returns it.
 */
export type SubmissionStatus = "received" | "validated" | "accepted" | "returned";

/** A submission the endpoint has checked and is about to store; the store assigns its version. */
export interface NewSubmission {
  id: string;
  templateId: string;
  templateVersion: string;
  country: string;
  period: string;
  receivedAt: string;
  /** The canonical SDMX-CSV 2.0 text and its SHA-256 (hex). */
  sdmxCsv: string;
  sha256: string;
  observations: number;
  errors: number;
  warnings: number;
  /** The findings (warnings only, once accepted) as JSON. */
  findingsJson: string;
  /** Id (not the token) of the token that submitted it. */
  tokenId: string;
  /** The client's Idempotency-Key, unique per token, and the SHA-256 of the request it came with. */
  idempotencyKey: string | null;
  requestSha256: string | null;
}

export interface StoredSubmission extends NewSubmission {
  /** 1, 2, … per template, country and period. */
  version: number;
  status: SubmissionStatus;
  /** The reviewer's comment, why a submission was returned (or a note on acceptance). */
  reviewComment: string | null;
  reviewedAt: string | null;
  reviewedBy: string | null;
}

/** `created` is false when the token had already stored a submission under the same key. */
export interface InsertOutcome {
  submission: StoredSubmission;
  created: boolean;
}

export type ReviewDecision = "accept" | "return";

export interface Review {
  submissionId: string;
  decision: ReviewDecision;
  comment: string | null;
  tokenId: string;
  at: string;
}

/** `conflict` carries the submission as it is when it was no longer awaiting review. */
export type ReviewOutcome =
  { reviewed: StoredSubmission } | { conflict: StoredSubmission } | { missing: true };

/** One line of the append-only audit log: who, what and when, never any figure. */
export interface AuditEntry {
  at: string;
  /** Id of the token that acted, or was refused. */
  tokenId: string;
  /** e.g. "submission.validated", "submission.accepted", "refused.review". */
  action: string;
  submissionId: string | null;
  fromStatus: SubmissionStatus | null;
  toStatus: SubmissionStatus | null;
  /** A plain reason for a refusal; no data values. */
  detail: string | null;
}

export interface ExchangeStore {
  insertToken(token: TokenRecord): Promise<void>;
  findTokenByHash(hash: string): Promise<TokenRecord | undefined>;
  revokeToken(id: string, revokedAt: string): Promise<boolean>;
  /**
   * Stores a submission as the next version of its template, country and period, atomically:
   * concurrent submissions for the same key, even through several servers, never share a
   * version. When the token already stored a submission under the same idempotency key, that
   * one is returned and nothing is written. The state changes are audited in the same
   * transaction.
   */
  insertSubmission(submission: NewSubmission): Promise<InsertOutcome>;
  findSubmission(id: string): Promise<StoredSubmission | undefined>;
  findByIdempotencyKey(tokenId: string, key: string): Promise<StoredSubmission | undefined>;
  /** Accepts or returns a validated submission, with its audit entry, in one transaction. */
  reviewSubmission(review: Review): Promise<ReviewOutcome>;
  /** The highest accepted version of a template, country and period. */
  latestAccepted(
    templateId: string,
    country: string,
    period: string
  ): Promise<StoredSubmission | undefined>;
  countSubmissions(): Promise<number>;
  appendAudit(entry: AuditEntry): Promise<void>;
  /** The audit log in the order it was written. */
  auditLog(): Promise<AuditEntry[]>;
  close(): Promise<void>;
}
