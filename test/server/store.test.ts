import Database from "better-sqlite3";
import { Pool } from "pg";
import { UserError } from "../../src/core";
import { checkBearer } from "../../src/server/auth";
import { ExchangeStore, NewSubmission } from "../../src/server/store/exchange-store";
import { MIGRATIONS } from "../../src/server/store/migrations";
import { migratePostgres } from "../../src/server/store/postgres-store";
import { migrate, openSqliteStore } from "../../src/server/store/sqlite-store";
import { createTokenInDb } from "../../src/server/tokens-admin";
import { createTestDatabase, describeEachStore, POSTGRES_URL, TestDatabase } from "./test-database";

function draft(id: string, tokenId: string, idempotencyKey: string | null = null): NewSubmission {
  return {
    id,
    templateId: "ASYAPPCTZM",
    templateVersion: "1.0.0",
    country: "ME",
    period: "2026-06",
    receivedAt: new Date().toISOString(),
    sdmxCsv: "STRUCTURE\n",
    sha256: "0".repeat(64),
    observations: 0,
    errors: 0,
    warnings: 0,
    findingsJson: "[]",
    tokenId,
    idempotencyKey,
    requestSha256: idempotencyKey && "1".repeat(64),
  };
}

async function tokenIdOf(store: ExchangeStore, token: string): Promise<string> {
  const check = await checkBearer(store, `Bearer ${token}`);
  if (!("token" in check)) throw new Error(check.refusal);
  return check.token.id;
}

/** The error a promise rejects with; a store's errors may come from another jest realm. */
async function rejectionOf(promise: Promise<unknown>): Promise<{ message: string }> {
  return promise.then(
    () => ({ message: "(it did not fail)" }),
    (error: { message: string }) => error
  );
}

describeEachStore((kind) => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await createTestDatabase(kind);
  });

  afterEach(() => database.drop());

  test("createTokenInDb migrates a new database and returns a token the exchange accepts", async () => {
    const token = await createTokenInDb({ ...database.choice, country: "xk", expiresInDays: 30 });
    const store = await database.openStore();
    try {
      const check = await checkBearer(store, `Bearer ${token}`);
      expect(check).toMatchObject({ token: { country: "XK", role: "submitter" } });
      const expiresAt = "token" in check ? Date.parse(check.token.expiresAt!) : 0;
      expect(expiresAt).toBeGreaterThan(Date.now() + 29 * 86_400_000);
    } finally {
      await store.close();
    }
  });

  test("createTokenInDb refuses an unknown country or a senseless expiry as a UserError", async () => {
    await expect(createTokenInDb({ ...database.choice, country: "QQ" })).rejects.toThrow(UserError);
    await expect(
      createTokenInDb({ ...database.choice, country: "ME", expiresInDays: 0 })
    ).rejects.toThrow(UserError);
  });

  test("a reviewer token can be created and is read back with its role", async () => {
    const token = await createTokenInDb({ ...database.choice, country: "ME", role: "reviewer" });
    const store = await database.openStore();
    try {
      expect(await checkBearer(store, `Bearer ${token}`)).toMatchObject({
        token: { role: "reviewer" },
      });
    } finally {
      await store.close();
    }
  });

  test("a submission of an unknown token is refused by a foreign key", async () => {
    const store = await database.openStore();
    try {
      const error = await rejectionOf(store.insertSubmission(draft("a", "no-such-token")));
      expect(error.message).toMatch(/FOREIGN KEY|foreign key/);
    } finally {
      await store.close();
    }
  });

  test("two connections to one database number versions in turn", async () => {
    const token = await createTokenInDb({ ...database.choice, country: "ME" });
    const first = await database.openStore();
    const second = await database.openStore();
    try {
      const tokenId = await tokenIdOf(first, token);
      const versions = [
        (await first.insertSubmission(draft("a", tokenId))).submission.version,
        (await second.insertSubmission(draft("b", tokenId))).submission.version,
        (await first.insertSubmission(draft("c", tokenId))).submission.version,
      ];
      expect(versions).toEqual([1, 2, 3]);
    } finally {
      await first.close();
      await second.close();
    }
  });

  test("a second insert under the same idempotency key returns the first, stored once", async () => {
    const token = await createTokenInDb({ ...database.choice, country: "ME" });
    const store = await database.openStore();
    try {
      const tokenId = await tokenIdOf(store, token);
      const first = await store.insertSubmission(draft("a", tokenId, "key-00000001"));
      const again = await store.insertSubmission(draft("b", tokenId, "key-00000001"));
      expect(first.created).toBe(true);
      expect(again).toEqual({ submission: first.submission, created: false });
      expect(await store.countSubmissions()).toBe(1);
    } finally {
      await store.close();
    }
  });

  test("a stored submission is validated, and its receipt and validation are audited", async () => {
    const token = await createTokenInDb({ ...database.choice, country: "ME" });
    const store = await database.openStore();
    try {
      const tokenId = await tokenIdOf(store, token);
      const { submission } = await store.insertSubmission(draft("a", tokenId));
      expect(submission).toMatchObject({ status: "validated", reviewComment: null });
      expect(await store.auditLog()).toEqual([
        expect.objectContaining({ action: "submission.received", toStatus: "received", tokenId }),
        expect.objectContaining({ action: "submission.validated", fromStatus: "received" }),
      ]);
    } finally {
      await store.close();
    }
  });

  test("the database refuses a second row with the same key and version", async () => {
    await createTokenInDb({ ...database.choice, country: "ME" });
    const insert = (id: string) =>
      database.exec(
        "INSERT INTO submissions (id, template_id, template_version, country, period, version, " +
          "received_at, sdmx_csv, sha256, observations, errors, warnings, findings_json, " +
          `token_id) SELECT '${id}', 'ASYAPPCTZM', '1.0.0', 'ME', '2026-06', 1, ` +
          "'2026-07-01T00:00:00Z', '', '', 0, 0, 0, '[]', id FROM tokens"
      );
    await insert("a");
    expect((await rejectionOf(insert("b"))).message).toMatch(/UNIQUE|unique/);
  });

  test("the audit log refuses to be changed or emptied", async () => {
    const token = await createTokenInDb({ ...database.choice, country: "ME" });
    const store = await database.openStore();
    try {
      await store.insertSubmission(draft("a", await tokenIdOf(store, token)));
    } finally {
      await store.close();
    }
    for (const sql of ["UPDATE audit_log SET detail = 'x'", "DELETE FROM audit_log"]) {
      expect((await rejectionOf(database.exec(sql))).message).toMatch(/append-only/);
    }
  });
});

describe("SQLite migrations", () => {
  let database: TestDatabase;
  let dbFile: string;

  beforeEach(async () => {
    database = await createTestDatabase("sqlite");
    dbFile = database.choice.dbFile!;
  });

  afterEach(() => database.drop());

  test("run once and are recorded", () => {
    const db = new Database(dbFile);
    try {
      expect(migrate(db)).toEqual([1, 2, 3]);
      expect(migrate(db)).toEqual([]);
      expect(db.prepare("SELECT version FROM schema_migrations").all()).toEqual([
        { version: 1 },
        { version: 2 },
        { version: 3 },
      ]);
    } finally {
      db.close();
    }
  });

  test("keep the tokens and submissions of a version-1 database", async () => {
    const db = new Database(dbFile);
    db.exec("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT)");
    db.exec(MIGRATIONS[0].sql);
    db.exec("INSERT INTO schema_migrations VALUES (1, '2026-01-01')");
    db.close();
    const token = await createTokenInDb({ dbFile, country: "ME" });
    const store = openSqliteStore(dbFile);
    try {
      const tokenId = await tokenIdOf(store, token);
      expect((await store.insertSubmission(draft("a", tokenId))).submission.status).toBe(
        "validated"
      );
    } finally {
      await store.close();
    }
  });

  test("open the file in WAL mode", async () => {
    await (await database.openStore()).close();
    const db = new Database(dbFile);
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    db.close();
  });
});

(POSTGRES_URL ? describe : describe.skip)("PostgreSQL migrations", () => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await createTestDatabase("postgres");
  });

  afterEach(() => database.drop());

  test("run once, even when two servers start together", async () => {
    const pool = new Pool({ connectionString: database.choice.databaseUrl });
    try {
      const runs = await Promise.all([migratePostgres(pool), migratePostgres(pool)]);
      expect(runs.map((r) => r.length).sort()).toEqual([0, 3]);
      expect(await migratePostgres(pool)).toEqual([]);
    } finally {
      await pool.end();
    }
  });
});
