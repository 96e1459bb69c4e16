/**
 * The SQLite schema, as numbered steps. Each step runs once, in order, inside a transaction, and
 * is recorded in schema_migrations; a shipped step is never edited, a change is a new step.
 * postgres-migrations.ts holds the same steps in PostgreSQL's dialect.
 */
export interface Migration {
  version: number;
  sql: string;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE tokens (
        id          TEXT PRIMARY KEY,
        hash        TEXT NOT NULL UNIQUE,
        country     TEXT NOT NULL,
        role        TEXT NOT NULL CHECK (role IN ('submitter', 'reader')),
        created_at  TEXT NOT NULL,
        expires_at  TEXT,
        revoked_at  TEXT
      );

      CREATE TABLE submissions (
        id                TEXT PRIMARY KEY,
        template_id       TEXT NOT NULL,
        template_version  TEXT NOT NULL,
        country           TEXT NOT NULL,
        period            TEXT NOT NULL,
        version           INTEGER NOT NULL CHECK (version > 0),
        received_at       TEXT NOT NULL,
        sdmx_csv          TEXT NOT NULL,
        sha256            TEXT NOT NULL,
        observations      INTEGER NOT NULL,
        errors            INTEGER NOT NULL,
        warnings          INTEGER NOT NULL,
        findings_json     TEXT NOT NULL,
        token_id          TEXT NOT NULL REFERENCES tokens (id),
        UNIQUE (template_id, country, period, version)
      );
    `,
  },
  {
    version: 2,
    // SQLite cannot change a CHECK constraint, so tokens is rebuilt to admit the reviewer role;
    // the runner switches foreign keys off around the steps and checks them before committing.
    sql: `
      CREATE TABLE tokens_v2 (
        id          TEXT PRIMARY KEY,
        hash        TEXT NOT NULL UNIQUE,
        country     TEXT NOT NULL,
        role        TEXT NOT NULL CHECK (role IN ('submitter', 'reviewer', 'reader')),
        created_at  TEXT NOT NULL,
        expires_at  TEXT,
        revoked_at  TEXT
      );
      INSERT INTO tokens_v2 (id, hash, country, role, created_at, expires_at, revoked_at)
        SELECT id, hash, country, role, created_at, expires_at, revoked_at FROM tokens;
      DROP TABLE tokens;
      ALTER TABLE tokens_v2 RENAME TO tokens;

      ALTER TABLE submissions ADD COLUMN status TEXT NOT NULL DEFAULT 'validated'
        CHECK (status IN ('received', 'validated', 'accepted', 'returned'));
      ALTER TABLE submissions ADD COLUMN review_comment TEXT;
      ALTER TABLE submissions ADD COLUMN reviewed_at TEXT;
      ALTER TABLE submissions ADD COLUMN reviewed_by TEXT REFERENCES tokens (id);
      ALTER TABLE submissions ADD COLUMN idempotency_key TEXT;
      ALTER TABLE submissions ADD COLUMN request_sha256 TEXT;
      CREATE UNIQUE INDEX submissions_idempotency ON submissions (token_id, idempotency_key);
      CREATE INDEX submissions_by_status ON submissions (template_id, country, period, status);

      CREATE TABLE audit_log (
        id             INTEGER PRIMARY KEY AUTOINCREMENT,
        at             TEXT NOT NULL,
        token_id       TEXT NOT NULL REFERENCES tokens (id),
        action         TEXT NOT NULL,
        submission_id  TEXT,
        from_status    TEXT,
        to_status      TEXT,
        detail         TEXT
      );
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
    `,
  },
  {
    version: 3,
    // A submission is recorded as received before it is checked; the row leaves this table in
    // the transaction that stores it as validated, or when it is refused or abandoned.
    sql: `
      CREATE TABLE received_submissions (
        id               TEXT PRIMARY KEY,
        template_id      TEXT NOT NULL,
        country          TEXT NOT NULL,
        period           TEXT NOT NULL,
        received_at      TEXT NOT NULL,
        token_id         TEXT NOT NULL REFERENCES tokens (id),
        idempotency_key  TEXT,
        request_sha256   TEXT NOT NULL
      );
      CREATE INDEX received_submissions_by_time ON received_submissions (received_at);
    `,
  },
];
