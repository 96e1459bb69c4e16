import Database from "better-sqlite3";
import {
  ExchangeStore,
  InsertOutcome,
  NewSubmission,
  ReceivedSubmission,
  Review,
  ReviewOutcome,
  TableKey,
} from "./exchange-store";
import {
  ABANDONED_DETAIL,
  acceptanceRefusal,
  endedEntry,
  receivedEntry,
  repeatedEntry,
  REVIEWABLE_STATUS,
  reviewed,
  reviewedEntry,
  STORED_STATUS,
  storedEntries,
} from "./lifecycle";
import { MIGRATIONS } from "./migrations";
import {
  AuditRow,
  auditOf,
  ReceivedRow,
  receivedOf,
  SubmissionRow,
  submissionOf,
  TokenRow,
  tokenOf,
} from "./rows";
import { openSqliteFile } from "./sqlite-file";

/**
 * Brings the schema up to the newest migration; returns the versions it applied. Each step
 * re-reads what is applied under the write lock, so two processes opening a new file at once
 * do not both run it. Foreign keys are off during the steps (a table rebuild needs that) and
 * checked before each commits.
 */
export function migrate(db: Database.Database): number[] {
  db.exec(
    "CREATE TABLE IF NOT EXISTS schema_migrations " +
      "(version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"
  );
  const isApplied = db.prepare("SELECT 1 FROM schema_migrations WHERE version = ?");
  const record = db.prepare("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)");
  const applied: number[] = [];
  db.pragma("foreign_keys = OFF");
  try {
    for (const migration of MIGRATIONS) {
      db.transaction(() => {
        if (isApplied.get(migration.version)) return;
        db.exec(migration.sql);
        const broken = db.pragma("foreign_key_check") as unknown[];
        if (broken.length > 0) {
          throw new Error(`Migration ${migration.version} left ${broken.length} broken references`);
        }
        record.run(migration.version, new Date().toISOString());
        applied.push(migration.version);
      }).immediate();
    }
  } finally {
    db.pragma("foreign_keys = ON");
  }
  return applied;
}

const SUBMISSION_COLUMNS =
  "id, template_id, template_version, country, period, version, received_at, sdmx_csv, sha256, " +
  "observations, errors, warnings, findings_json, token_id, idempotency_key, request_sha256, status";

/**
 * Opens (creating when needed) the SQLite file, in WAL mode with foreign keys enforced. A path
 * that is no SQLite file, or cannot be one, is a UserError.
 */
export function openSqliteStore(file: string): ExchangeStore {
  return openSqliteFile(file, (db) => {
    migrate(db);
    return storeOn(db);
  });
}

function storeOn(db: Database.Database): ExchangeStore {
  const insertToken = db.prepare(
    "INSERT INTO tokens (id, hash, country, role, created_at, expires_at, revoked_at) " +
      "VALUES (@id, @hash, @country, @role, @createdAt, @expiresAt, @revokedAt)"
  );
  const tokenByHash = db.prepare("SELECT * FROM tokens WHERE hash = ?");
  const revoke = db.prepare("UPDATE tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL");
  const nextVersion = db.prepare(
    "SELECT COALESCE(MAX(version), 0) + 1 AS next FROM submissions " +
      "WHERE template_id = ? AND country = ? AND period = ?"
  );
  const insertSubmission = db.prepare(
    `INSERT INTO submissions (${SUBMISSION_COLUMNS}) ` +
      "VALUES (@id, @templateId, @templateVersion, @country, @period, @version, @receivedAt, " +
      "@sdmxCsv, @sha256, @observations, @errors, @warnings, @findingsJson, @tokenId, " +
      "@idempotencyKey, @requestSha256, @status)"
  );
  const submissionById = db.prepare("SELECT * FROM submissions WHERE id = ?");
  const submissionByKey = db.prepare(
    "SELECT * FROM submissions WHERE token_id = ? AND idempotency_key = ?"
  );
  const latestAccepted = db.prepare(
    "SELECT * FROM submissions WHERE template_id = ? AND country = ? AND period = ? " +
      "AND status = 'accepted' ORDER BY version DESC LIMIT 1"
  );
  const review = db.prepare(
    "UPDATE submissions SET status = @status, review_comment = @reviewComment, " +
      "reviewed_at = @reviewedAt, reviewed_by = @reviewedBy WHERE id = @id"
  );
  const countSubmissions = db.prepare("SELECT COUNT(*) AS n FROM submissions");
  const insertAudit = db.prepare(
    "INSERT INTO audit_log (at, token_id, action, submission_id, from_status, to_status, detail) " +
      "VALUES (@at, @tokenId, @action, @submissionId, @fromStatus, @toStatus, @detail)"
  );
  const auditLog = db.prepare("SELECT * FROM audit_log ORDER BY id");
  const insertReceived = db.prepare(
    "INSERT INTO received_submissions (id, template_id, country, period, received_at, token_id, " +
      "idempotency_key, request_sha256) VALUES (@id, @templateId, @country, @period, " +
      "@receivedAt, @tokenId, @idempotencyKey, @requestSha256)"
  );
  const receivedById = db.prepare("SELECT * FROM received_submissions WHERE id = ?");
  const receivedBefore = db.prepare(
    "SELECT * FROM received_submissions WHERE received_at < ? ORDER BY received_at, id"
  );
  const allReceived = db.prepare("SELECT * FROM received_submissions ORDER BY received_at, id");
  const deleteReceived = db.prepare("DELETE FROM received_submissions WHERE id = ?");

  const find = (statement: Database.Statement, ...params: unknown[]) => {
    const row = statement.get(...params) as SubmissionRow | undefined;
    return row && submissionOf(row);
  };

  const received = (statement: Database.Statement, ...params: unknown[]) =>
    (statement.all(...params) as ReceivedRow[]).map(receivedOf);

  // IMMEDIATE takes the write lock before reading the current version or key, so another
  // process writing the same file cannot read the same maximum; the UNIQUE constraints are the
  // last guard.
  const storeNextVersion = db.transaction((submission: NewSubmission): InsertOutcome => {
    const wasReceived = deleteReceived.run(submission.id).changes > 0;
    if (submission.idempotencyKey !== null) {
      const earlier = find(submissionByKey, submission.tokenId, submission.idempotencyKey);
      if (earlier) {
        if (wasReceived) insertAudit.run(repeatedEntry(submission, earlier.id));
        return { submission: earlier, created: false };
      }
    }
    const { next } = nextVersion.get(
      submission.templateId,
      submission.country,
      submission.period
    ) as { next: number };
    insertSubmission.run({ ...submission, version: next, status: STORED_STATUS });
    for (const entry of storedEntries(submission, wasReceived)) insertAudit.run(entry);
    return { submission: find(submissionById, submission.id)!, created: true };
  });

  const lastAccepted = (key: TableKey) =>
    find(latestAccepted, key.templateId, key.country, key.period);

  // Under the write lock of IMMEDIATE, what an acceptance depends on cannot change before it is
  // made, not even through another process.
  const applyReview = db.transaction((decision: Review): ReviewOutcome => {
    const before = find(submissionById, decision.submissionId);
    if (!before) return { missing: true };
    if (before.status !== REVIEWABLE_STATUS) return { conflict: before };
    if (decision.decision === "accept") {
      const current = (decision.checkedAgainst ?? []).map((key) => ({
        ...key,
        version: lastAccepted(key)?.version ?? null,
      }));
      const refusal = acceptanceRefusal(decision, before, lastAccepted(before), current);
      if (refusal) return refusal;
    }
    const after = reviewed(decision, before);
    review.run(after);
    insertAudit.run(reviewedEntry(decision, before));
    return { reviewed: after };
  });

  const receive = db.transaction((r: ReceivedSubmission) => {
    insertReceived.run(r);
    insertAudit.run(receivedEntry(r));
  });

  const refuse = db.transaction((id: string, at: string, detail: string) => {
    const row = receivedById.get(id) as ReceivedRow | undefined;
    if (!row) return;
    deleteReceived.run(id);
    insertAudit.run(endedEntry(receivedOf(row), "refused", at, detail));
  });

  const abandon = db.transaction((before: string, at: string): number => {
    const stale = received(receivedBefore, before);
    for (const r of stale) {
      deleteReceived.run(r.id);
      insertAudit.run(endedEntry(r, "abandoned", at, ABANDONED_DETAIL));
    }
    return stale.length;
  });

  return {
    async receiveSubmission(r) {
      receive.immediate(r);
    },
    async refuseReceived(id, at, detail) {
      refuse.immediate(id, at, detail);
    },
    async abandonReceived(before, at) {
      return abandon.immediate(before, at);
    },
    async receivedSubmissions() {
      return received(allReceived);
    },
    async insertToken(token) {
      insertToken.run(token);
    },
    async findTokenByHash(hash) {
      const row = tokenByHash.get(hash) as TokenRow | undefined;
      return row && tokenOf(row);
    },
    async revokeToken(id, revokedAt) {
      return revoke.run(revokedAt, id).changes > 0;
    },
    async insertSubmission(submission) {
      return storeNextVersion.immediate(submission);
    },
    async findSubmission(id) {
      return find(submissionById, id);
    },
    async findByIdempotencyKey(tokenId, key) {
      return find(submissionByKey, tokenId, key);
    },
    async reviewSubmission(decision) {
      return applyReview.immediate(decision);
    },
    async latestAccepted(templateId, country, period) {
      return find(latestAccepted, templateId, country, period);
    },
    async countSubmissions() {
      return (countSubmissions.get() as { n: number }).n;
    },
    async appendAudit(entry) {
      insertAudit.run(entry);
    },
    async auditLog() {
      return (auditLog.all() as AuditRow[]).map(auditOf);
    },
    async close() {
      db.close();
    },
  };
}
