import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { Client } from "pg";
import { ExchangeStore } from "../../src/server/store/exchange-store";
import { openStore } from "../../src/server/store/open-store";

export type StoreKind = "sqlite" | "postgres";

/** Set by test/support/jest-global-setup.js, or by hand to test against another server. */
export const POSTGRES_URL = process.env.MIDEX_TEST_DATABASE_URL;

const POSTGRES_SKIPPED =
  "PostgreSQL store (skipped: MIDEX_TEST_DATABASE_URL is not set; run jest with " +
  "test/support/jest-global-setup.js or through scripts/test-postgres.js)";

/**
 * Declares a suite once per store. Without a PostgreSQL URL the PostgreSQL variant is still
 * declared, so its tests are counted as skipped under a name that says why.
 */
export function describeEachStore(suite: (kind: StoreKind) => void): void {
  describe("SQLite store", () => suite("sqlite"));
  if (POSTGRES_URL) describe("PostgreSQL store", () => suite("postgres"));
  else describe.skip(POSTGRES_SKIPPED, () => suite("postgres"));
}

/** A fresh, empty database of one kind, and how to reach it. */
export interface TestDatabase {
  kind: StoreKind;
  /** What startServer and createTokenInDb take; `env` is empty so DATABASE_URL cannot divert it. */
  choice: { dbFile?: string; databaseUrl?: string; env: NodeJS.ProcessEnv };
  openStore(): Promise<ExchangeStore>;
  /** Runs SQL directly, outside any store, e.g. to prove what the schema refuses. */
  exec(sql: string): Promise<void>;
  drop(): Promise<void>;
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function sqliteDatabase(): TestDatabase {
  const dir = mkdtempSync(join(tmpdir(), "midex-exchange-"));
  const dbFile = join(dir, "exchange.db");
  const choice = { dbFile, env: {} };
  return {
    kind: "sqlite",
    choice,
    openStore: () => openStore(choice),
    exec: async (sql) => {
      const db = new Database(dbFile);
      try {
        db.exec(sql);
      } finally {
        db.close();
      }
    },
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function postgresDatabase(adminUrl: string): Promise<TestDatabase> {
  const name = `midex_${randomBytes(8).toString("hex")}`;
  await withClient(adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const choice = { databaseUrl, env: {} };
  return {
    kind: "postgres",
    choice,
    openStore: () => openStore(choice, { maxConnections: 4 }),
    exec: async (sql) => {
      await withClient(databaseUrl, (client) => client.query(sql));
    },
    drop: async () => {
      await withClient(adminUrl, (client) => client.query(`DROP DATABASE ${name} WITH (FORCE)`));
    },
  };
}

export async function createTestDatabase(kind: StoreKind): Promise<TestDatabase> {
  if (kind === "sqlite") return sqliteDatabase();
  if (!POSTGRES_URL) throw new Error("MIDEX_TEST_DATABASE_URL is not set");
  return postgresDatabase(POSTGRES_URL);
}
