import { Pool, PoolClient } from "pg";
import {
  AcceptanceRefused,
  AcceptedVersion,
  AuditEntry,
  ExchangeStore,
  InsertOutcome,
  NewSubmission,
  ReceivedSubmission,
  Review,
  ReviewOutcome,
  StoredSubmission,
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
import { POSTGRES_MIGRATIONS } from "./postgres-migrations";
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

export interface PostgresStoreOptions {
  /** Connections the pool keeps at most (pg's default is 10). */
  maxConnections?: number;
  /** Told when an idle pooled connection fails; the pool drops it and opens another. */
  onConnectionError?: (error: Error) => void;
  /**
   * Awaited inside an acceptance's transaction once it has read what it depends on, before it
   * is made: a test puts another acceptance there to show that the two take turns.
   */
  whileAccepting?: (submissionId: string) => Promise<void>;
}

/** Advisory lock classes (the first key), so the kinds of lock never meet. */
const MIGRATION_LOCK = 1;
const VERSION_LOCK = 2;
const REVIEW_LOCK = 3;

const UNIQUE_VIOLATION = "23505";
/** A unique violation is retried: the next attempt finds the row that won the race. */
const INSERT_ATTEMPTS = 5;

const SUBMISSION_COLUMNS =
  "id, template_id, template_version, country, period, version, received_at, sdmx_csv, sha256, " +
  "observations, errors, warnings, findings_json, token_id, idempotency_key, request_sha256, status";

async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * Brings the schema up to the newest migration; returns the versions it applied. The whole run
 * is one transaction under an advisory lock, so servers starting together migrate once.
 */
export async function migratePostgres(pool: Pool): Promise<number[]> {
  return inTransaction(pool, async (client) => {
    await client.query("SELECT pg_advisory_xact_lock($1, 0)", [MIGRATION_LOCK]);
    await client.query(
      "CREATE TABLE IF NOT EXISTS schema_migrations " +
        "(version integer PRIMARY KEY, applied_at timestamptz NOT NULL)"
    );
    const { rows } = await client.query<{ version: number }>(
      "SELECT version FROM schema_migrations"
    );
    const applied = new Set(rows.map((row) => row.version));
    const pending = POSTGRES_MIGRATIONS.filter((m) => !applied.has(m.version));
    for (const migration of pending) {
      await client.query(migration.sql);
      await client.query("INSERT INTO schema_migrations (version, applied_at) VALUES ($1, now())", [
        migration.version,
      ]);
    }
    return pending.map((m) => m.version);
  });
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string }).code === UNIQUE_VIOLATION;
}

async function one(client: Pool | PoolClient, sql: string, params: unknown[]) {
  const { rows } = await client.query<SubmissionRow>(sql, params);
  return rows[0] && submissionOf(rows[0]);
}

async function insertAudit(client: Pool | PoolClient, entry: AuditEntry): Promise<void> {
  await client.query(
    "INSERT INTO audit_log (at, token_id, action, submission_id, from_status, to_status, detail) " +
      "VALUES ($1, $2, $3, $4, $5, $6, $7)",
    [
      entry.at,
      entry.tokenId,
      entry.action,
      entry.submissionId,
      entry.fromStatus,
      entry.toStatus,
      entry.detail,
    ]
  );
}

/**
 * Numbers the submission under a transaction-scoped advisory lock on its template, country and
 * period, so servers sharing the database take turns for one key and never wait for another.
 */
async function insertOnce(client: PoolClient, submission: NewSubmission): Promise<InsertOutcome> {
  const key = [submission.templateId, submission.country, submission.period].join("|");
  await client.query("SELECT pg_advisory_xact_lock($1, hashtext($2))", [VERSION_LOCK, key]);
  const removed = await client.query("DELETE FROM received_submissions WHERE id = $1", [
    submission.id,
  ]);
  const wasReceived = (removed.rowCount ?? 0) > 0;
  if (submission.idempotencyKey !== null) {
    const earlier = await one(
      client,
      "SELECT * FROM submissions WHERE token_id = $1 AND idempotency_key = $2",
      [submission.tokenId, submission.idempotencyKey]
    );
    if (earlier) {
      if (wasReceived) await insertAudit(client, repeatedEntry(submission, earlier.id));
      return { submission: earlier, created: false };
    }
  }
  const { rows } = await client.query<{ next: number }>(
    "SELECT COALESCE(MAX(version), 0) + 1 AS next FROM submissions " +
      "WHERE template_id = $1 AND country = $2 AND period = $3",
    [submission.templateId, submission.country, submission.period]
  );
  const s = { ...submission, version: rows[0].next };
  const stored = await one(
    client,
    `INSERT INTO submissions (${SUBMISSION_COLUMNS}) ` +
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) " +
      "RETURNING *",
    [
      s.id,
      s.templateId,
      s.templateVersion,
      s.country,
      s.period,
      s.version,
      s.receivedAt,
      s.sdmxCsv,
      s.sha256,
      s.observations,
      s.errors,
      s.warnings,
      s.findingsJson,
      s.tokenId,
      s.idempotencyKey,
      s.requestSha256,
      STORED_STATUS,
    ]
  );
  for (const entry of storedEntries(submission, wasReceived)) await insertAudit(client, entry);
  return { submission: stored!, created: true };
}

async function receive(client: PoolClient, r: ReceivedSubmission): Promise<void> {
  await client.query(
    "INSERT INTO received_submissions (id, template_id, country, period, received_at, token_id, " +
      "idempotency_key, request_sha256) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    [
      r.id,
      r.templateId,
      r.country,
      r.period,
      r.receivedAt,
      r.tokenId,
      r.idempotencyKey,
      r.requestSha256,
    ]
  );
  await insertAudit(client, receivedEntry(r));
}

/** Removes received submissions and returns them, so that their end can be audited. */
async function removeReceived(client: PoolClient, where: string, params: unknown[]) {
  const { rows } = await client.query<ReceivedRow>(
    `DELETE FROM received_submissions WHERE ${where} RETURNING *`,
    params
  );
  return rows.map(receivedOf).sort((a, b) => (a.receivedAt < b.receivedAt ? -1 : 1));
}

function lastAccepted(client: Pool | PoolClient, key: TableKey) {
  return one(
    client,
    "SELECT * FROM submissions WHERE template_id = $1 AND country = $2 AND period = $3 " +
      "AND status = 'accepted' ORDER BY version DESC LIMIT 1",
    [key.templateId, key.country, key.period]
  );
}

/**
 * Reads what an acceptance depends on under a transaction-scoped advisory lock on its country:
 * related tables are of one country, so two acceptances that could contradict each other take
 * turns, and the second reads the first's outcome (each statement sees what was committed
 * before it began).
 */
async function acceptanceRefusalIn(
  client: PoolClient,
  decision: Review,
  before: StoredSubmission
): Promise<AcceptanceRefused | undefined> {
  await client.query("SELECT pg_advisory_xact_lock($1, hashtext($2))", [
    REVIEW_LOCK,
    before.country,
  ]);
  const current: AcceptedVersion[] = [];
  for (const key of decision.checkedAgainst ?? []) {
    current.push({ ...key, version: (await lastAccepted(client, key))?.version ?? null });
  }
  return acceptanceRefusal(decision, before, await lastAccepted(client, before), current);
}

async function applyReview(
  client: PoolClient,
  decision: Review,
  options: PostgresStoreOptions
): Promise<ReviewOutcome> {
  const before = await one(client, "SELECT * FROM submissions WHERE id = $1 FOR UPDATE", [
    decision.submissionId,
  ]);
  if (!before) return { missing: true };
  if (before.status !== REVIEWABLE_STATUS) return { conflict: before };
  if (decision.decision === "accept") {
    const refusal = await acceptanceRefusalIn(client, decision, before);
    if (refusal) return refusal;
    await options.whileAccepting?.(decision.submissionId);
  }
  const after = reviewed(decision, before);
  await client.query(
    "UPDATE submissions SET status = $2, review_comment = $3, reviewed_at = $4, reviewed_by = $5 " +
      "WHERE id = $1",
    [after.id, after.status, after.reviewComment, after.reviewedAt, after.reviewedBy]
  );
  await insertAudit(client, reviewedEntry(decision, before));
  return { reviewed: after };
}

/** Connects to PostgreSQL, runs the migrations and returns the store; close() ends the pool. */
export async function openPostgresStore(
  connectionString: string,
  options: PostgresStoreOptions = {}
): Promise<ExchangeStore> {
  const pool = new Pool({ connectionString, max: options.maxConnections });
  // Without a listener an idle connection's failure would end the process.
  pool.on("error", (error) => options.onConnectionError?.(error));
  try {
    await migratePostgres(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }

  return {
    async receiveSubmission(r) {
      await inTransaction(pool, (client) => receive(client, r));
    },
    async refuseReceived(id, at, detail) {
      await inTransaction(pool, async (client) => {
        for (const r of await removeReceived(client, "id = $1", [id])) {
          await insertAudit(client, endedEntry(r, "refused", at, detail));
        }
      });
    },
    async abandonReceived(before, at) {
      return inTransaction(pool, async (client) => {
        const stale = await removeReceived(client, "received_at < $1", [before]);
        for (const r of stale) {
          await insertAudit(client, endedEntry(r, "abandoned", at, ABANDONED_DETAIL));
        }
        return stale.length;
      });
    },
    async receivedSubmissions() {
      const { rows } = await pool.query<ReceivedRow>(
        "SELECT * FROM received_submissions ORDER BY received_at, id"
      );
      return rows.map(receivedOf);
    },
    async insertToken(t) {
      await pool.query(
        "INSERT INTO tokens (id, hash, country, role, created_at, expires_at, revoked_at) " +
          "VALUES ($1, $2, $3, $4, $5, $6, $7)",
        [t.id, t.hash, t.country, t.role, t.createdAt, t.expiresAt, t.revokedAt]
      );
    },
    async findTokenByHash(hash) {
      const { rows } = await pool.query<TokenRow>("SELECT * FROM tokens WHERE hash = $1", [hash]);
      return rows[0] && tokenOf(rows[0]);
    },
    async revokeToken(id, revokedAt) {
      const result = await pool.query(
        "UPDATE tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL",
        [revokedAt, id]
      );
      return (result.rowCount ?? 0) > 0;
    },
    async insertSubmission(submission) {
      for (let attempt = 1; ; attempt++) {
        try {
          return await inTransaction(pool, (client) => insertOnce(client, submission));
        } catch (error) {
          if (!isUniqueViolation(error) || attempt >= INSERT_ATTEMPTS) throw error;
        }
      }
    },
    async findSubmission(id) {
      return one(pool, "SELECT * FROM submissions WHERE id = $1", [id]);
    },
    async findByIdempotencyKey(tokenId, key) {
      return one(pool, "SELECT * FROM submissions WHERE token_id = $1 AND idempotency_key = $2", [
        tokenId,
        key,
      ]);
    },
    async reviewSubmission(decision) {
      return inTransaction(pool, (client) => applyReview(client, decision, options));
    },
    async latestAccepted(templateId, country, period) {
      return lastAccepted(pool, { templateId, country, period });
    },
    async countSubmissions() {
      const { rows } = await pool.query<{ n: number }>(
        "SELECT COUNT(*)::integer AS n FROM submissions"
      );
      return rows[0].n;
    },
    async appendAudit(entry) {
      await insertAudit(pool, entry);
    },
    async auditLog() {
      const { rows } = await pool.query<AuditRow>("SELECT * FROM audit_log ORDER BY id");
      return rows.map(auditOf);
    },
    async close() {
      await pool.end();
    },
  };
}
