import {
  AuditEntry,
  ReceivedSubmission,
  StoredSubmission,
  SubmissionStatus,
  TokenRecord,
  TokenRole,
} from "./exchange-store";

/**
 * The tables' rows as both databases return them: the same snake_case columns, with times as
 * ISO text in SQLite and as Date in PostgreSQL (timestamptz).
 */
type Time = string | Date;

export interface TokenRow {
  id: string;
  hash: string;
  country: string;
  role: TokenRole;
  created_at: Time;
  expires_at: Time | null;
  revoked_at: Time | null;
}

export interface SubmissionRow {
  id: string;
  template_id: string;
  template_version: string;
  country: string;
  period: string;
  version: number;
  received_at: Time;
  sdmx_csv: string;
  sha256: string;
  observations: number;
  errors: number;
  warnings: number;
  findings_json: string;
  token_id: string;
  idempotency_key: string | null;
  request_sha256: string | null;
  status: SubmissionStatus;
  review_comment: string | null;
  reviewed_at: Time | null;
  reviewed_by: string | null;
}

export interface AuditRow {
  at: Time;
  token_id: string;
  action: string;
  submission_id: string | null;
  from_status: SubmissionStatus | null;
  to_status: SubmissionStatus | null;
  detail: string | null;
}

export interface ReceivedRow {
  id: string;
  template_id: string;
  country: string;
  period: string;
  received_at: Time;
  token_id: string;
  idempotency_key: string | null;
  request_sha256: string;
}

function iso(time: Time): string {
  return typeof time === "string" ? time : time.toISOString();
}

function isoOrNull(time: Time | null): string | null {
  return time === null ? null : iso(time);
}

export function tokenOf(row: TokenRow): TokenRecord {
  return {
    id: row.id,
    hash: row.hash,
    country: row.country,
    role: row.role,
    createdAt: iso(row.created_at),
    expiresAt: isoOrNull(row.expires_at),
    revokedAt: isoOrNull(row.revoked_at),
  };
}

export function submissionOf(row: SubmissionRow): StoredSubmission {
  return {
    id: row.id,
    templateId: row.template_id,
    templateVersion: row.template_version,
    country: row.country,
    period: row.period,
    version: row.version,
    receivedAt: iso(row.received_at),
    sdmxCsv: row.sdmx_csv,
    sha256: row.sha256,
    observations: row.observations,
    errors: row.errors,
    warnings: row.warnings,
    findingsJson: row.findings_json,
    tokenId: row.token_id,
    idempotencyKey: row.idempotency_key,
    requestSha256: row.request_sha256,
    status: row.status,
    reviewComment: row.review_comment,
    reviewedAt: isoOrNull(row.reviewed_at),
    reviewedBy: row.reviewed_by,
  };
}

export function auditOf(row: AuditRow): AuditEntry {
  return {
    at: iso(row.at),
    tokenId: row.token_id,
    action: row.action,
    submissionId: row.submission_id,
    fromStatus: row.from_status,
    toStatus: row.to_status,
    detail: row.detail,
  };
}

export function receivedOf(row: ReceivedRow): ReceivedSubmission {
  return {
    id: row.id,
    templateId: row.template_id,
    country: row.country,
    period: row.period,
    receivedAt: iso(row.received_at),
    tokenId: row.token_id,
    idempotencyKey: row.idempotency_key,
    requestSha256: row.request_sha256,
  };
}
