import { Migration } from "./migrations";

/**
 * The steps of migrations.ts in PostgreSQL's dialect, with the same numbers: times are
 * timestamptz, and the audit log refuses UPDATE, DELETE and TRUNCATE through triggers.
 */
export const POSTGRES_MIGRATIONS: Migration[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE tokens (
        id          text PRIMARY KEY,
        hash        text NOT NULL UNIQUE,
        country     text NOT NULL,
        role        text NOT NULL CHECK (role IN ('submitter', 'reader')),
        created_at  timestamptz NOT NULL,
        expires_at  timestamptz,
        revoked_at  timestamptz
      );

      CREATE TABLE submissions (
        id                text PRIMARY KEY,
        template_id       text NOT NULL,
        template_version  text NOT NULL,
        country           text NOT NULL,
        period            text NOT NULL,
        version           integer NOT NULL CHECK (version > 0),
        received_at       timestamptz NOT NULL,
        sdmx_csv          text NOT NULL,
        sha256            text NOT NULL,
        observations      integer NOT NULL,
        errors            integer NOT NULL,
        warnings          integer NOT NULL,
        findings_json     text NOT NULL,
        token_id          text NOT NULL REFERENCES tokens (id),
        UNIQUE (template_id, country, period, version)
      );
    `,
  },
  {
    version: 2,
    sql: `
      ALTER TABLE tokens DROP CONSTRAINT tokens_role_check;
      ALTER TABLE tokens ADD CONSTRAINT tokens_role_check
        CHECK (role IN ('submitter', 'reviewer', 'reader'));

      ALTER TABLE submissions
        ADD COLUMN status text NOT NULL DEFAULT 'validated'
          CHECK (status IN ('received', 'validated', 'accepted', 'returned')),
        ADD COLUMN review_comment text,
        ADD COLUMN reviewed_at timestamptz,
        ADD COLUMN reviewed_by text REFERENCES tokens (id),
        ADD COLUMN idempotency_key text,
        ADD COLUMN request_sha256 text,
        ADD CONSTRAINT submissions_idempotency UNIQUE (token_id, idempotency_key);
      CREATE INDEX submissions_by_status ON submissions (template_id, country, period, status);

      CREATE TABLE audit_log (
        id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at             timestamptz NOT NULL,
        token_id       text NOT NULL REFERENCES tokens (id),
        action         text NOT NULL,
        submission_id  text,
        from_status    text,
        to_status      text,
        detail         text
      );
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION 'audit_log is append-only';
        END;
      $$;
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
    `,
  },
  {
    version: 3,
    sql: `
      CREATE TABLE received_submissions (
        id               text PRIMARY KEY,
        template_id      text NOT NULL,
        country          text NOT NULL,
        period           text NOT NULL,
        received_at      timestamptz NOT NULL,
        token_id         text NOT NULL REFERENCES tokens (id),
        idempotency_key  text,
        request_sha256   text NOT NULL
      );
      CREATE INDEX received_submissions_by_time ON received_submissions (received_at);
    `,
  },
];
