/**
 * The SQLite schema, as numbered steps. Each step runs once, in order, inside a transaction, and
 * is recorded in schema_migrations; a shipped step is never edited, a change is a new step.
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
];
