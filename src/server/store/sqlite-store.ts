import Database from "better-sqlite3";
import {
  ExchangeStore,
  NewSubmission,
  StoredSubmission,
  TokenRecord,
  TokenRole,
} from "./exchange-store";
import { MIGRATIONS } from "./migrations";

interface TokenRow {
  id: string;
  hash: string;
  country: string;
  role: TokenRole;
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
}

interface SubmissionRow {
  id: string;
  template_id: string;
  template_version: string;
  country: string;
  period: string;
  version: number;
  received_at: string;
  sdmx_csv: string;
  sha256: string;
  observations: number;
  errors: number;
  warnings: number;
  findings_json: string;
  token_id: string;
}

function tokenOf(row: TokenRow): TokenRecord {
  return {
    id: row.id,
    hash: row.hash,
    country: row.country,
    role: row.role,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
  };
}

function submissionOf(row: SubmissionRow): StoredSubmission {
  return {
    id: row.id,
    templateId: row.template_id,
    templateVersion: row.template_version,
    country: row.country,
    period: row.period,
    version: row.version,
    receivedAt: row.received_at,
    sdmxCsv: row.sdmx_csv,
    sha256: row.sha256,
    observations: row.observations,
    errors: row.errors,
    warnings: row.warnings,
    findingsJson: row.findings_json,
    tokenId: row.token_id,
  };
}

/** Brings the schema up to the newest migration; returns the versions it applied. */
export function migrate(db: Database.Database): number[] {
  db.exec(
    "CREATE TABLE IF NOT EXISTS schema_migrations " +
      "(version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"
  );
  const applied = new Set(
    db
      .prepare("SELECT version FROM schema_migrations")
      .all()
      .map((row) => (row as { version: number }).version)
  );
  const pending = MIGRATIONS.filter((m) => !applied.has(m.version));
  const record = db.prepare("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)");
  for (const migration of pending) {
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, new Date().toISOString());
    }).immediate();
  }
  return pending.map((m) => m.version);
}

/** Opens (creating when needed) the SQLite file, in WAL mode with foreign keys enforced. */
export function openSqliteStore(file: string): ExchangeStore {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  migrate(db);

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
    "INSERT INTO submissions (id, template_id, template_version, country, period, version, " +
      "received_at, sdmx_csv, sha256, observations, errors, warnings, findings_json, token_id) " +
      "VALUES (@id, @templateId, @templateVersion, @country, @period, @version, @receivedAt, " +
      "@sdmxCsv, @sha256, @observations, @errors, @warnings, @findingsJson, @tokenId)"
  );
  const submissionById = db.prepare("SELECT * FROM submissions WHERE id = ?");
  const countSubmissions = db.prepare("SELECT COUNT(*) AS n FROM submissions");

  // IMMEDIATE takes the write lock before reading the current version, so another process
  // writing the same file cannot read the same maximum; the UNIQUE constraint is the last guard.
  const storeNextVersion = db.transaction((submission: NewSubmission): StoredSubmission => {
    const { next } = nextVersion.get(
      submission.templateId,
      submission.country,
      submission.period
    ) as { next: number };
    const stored = { ...submission, version: next };
    insertSubmission.run(stored);
    return stored;
  });

  return {
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
      const row = submissionById.get(id) as SubmissionRow | undefined;
      return row && submissionOf(row);
    },
    async countSubmissions() {
      return (countSubmissions.get() as { n: number }).n;
    },
    async close() {
      db.close();
    },
  };
}
