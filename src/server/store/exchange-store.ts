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
 * received → validated → accepted | returned. A submission is recorded as received (a
 * ReceivedSubmission, without data or version) before it is checked; it becomes a stored,
 * versioned, validated submission in one transaction once it passes, and the reviewer then
 * accepts or returns it. A received submission that is refused, or whose request died with the
 * server, never becomes a version: it is removed and its end is audited.
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

/** A submission that has arrived and is being checked; nothing of its data is kept yet. */
export interface ReceivedSubmission {
  id: string;
  templateId: string;
  country: string;
  period: string;
  receivedAt: string;
  tokenId: string;
  idempotencyKey: string | null;
  /** SHA-256 (hex) of the request, so the record says what arrived without holding it. */
  requestSha256: string;
}

/** `created` is false when the token had already stored a submission under the same key. */
export interface InsertOutcome {
  submission: StoredSubmission;
  created: boolean;
}

export type ReviewDecision = "accept" | "return";

/** One table: a template's data for one reporting country and reference period. */
export interface TableKey {
  templateId: string;
  country: string;
  period: string;
}

/** The version of a table accepted last, or null while none is accepted. */
export interface AcceptedVersion extends TableKey {
  version: number | null;
}

export interface Review {
  submissionId: string;
  decision: ReviewDecision;
  comment: string | null;
  tokenId: string;
  at: string;
  /**
   * For an acceptance: the accepted versions of the related tables the submission was checked
   * against. The acceptance is not made if any of them is no longer the one accepted last.
   */
  checkedAgainst?: AcceptedVersion[];
}

/**
 * Why the store did not make an acceptance: a newer version of the same table is accepted
 * already (`superseded`), or related tables no longer have the accepted version the acceptance
 * was checked against (`changed`, with the versions accepted now).
 */
export type AcceptanceRefused =
  | { superseded: { submission: StoredSubmission; newer: StoredSubmission } }
  | { changed: { submission: StoredSubmission; tables: AcceptedVersion[] } };

/**
 * `conflict` carries the submission as it is when it was no longer awaiting review. Only
 * `reviewed` has changed anything.
 */
export type ReviewOutcome =
  | { reviewed: StoredSubmission }
  | { conflict: StoredSubmission }
  | { missing: true }
  | AcceptanceRefused;

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
  /**
   * Records that a submission arrived, before it is checked, with its audit entry. The record
   * leaves when insertSubmission stores the submission under the same id, when it is refused,
   * or when it is abandoned.
   */
  receiveSubmission(received: ReceivedSubmission): Promise<void>;
  /** Ends a received submission that the check refused; `detail` says why, without figures. */
  refuseReceived(id: string, at: string, detail: string): Promise<void>;
  /**
   * Ends the received submissions older than `before` (their request died with a server), each
   * audited; returns how many. A client's retry under the same Idempotency-Key is stored anew.
   */
  abandonReceived(before: string, at: string): Promise<number>;
  /** The submissions received and not yet stored, refused or abandoned, oldest first. */
  receivedSubmissions(): Promise<ReceivedSubmission[]>;
  findSubmission(id: string): Promise<StoredSubmission | undefined>;
  findByIdempotencyKey(tokenId: string, key: string): Promise<StoredSubmission | undefined>;
  /**
   * Accepts or returns a validated submission, with its audit entry, in one transaction. An
   * acceptance is refused there, so that no other acceptance can come in between, when a newer
   * version of the same table is accepted already (the published data would go back to older
   * figures) or when a table in `checkedAgainst` has another accepted version by now. On
   * PostgreSQL the acceptances of one country take turns, as related tables are of one country.
   */
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
