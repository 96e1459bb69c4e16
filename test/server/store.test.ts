import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { UserError } from "../../src/core";
import { checkBearer } from "../../src/server/auth";
import { NewSubmission } from "../../src/server/store/exchange-store";
import { migrate, openSqliteStore } from "../../src/server/store/sqlite-store";
import { createTokenInDb } from "../../src/server/tokens-admin";

let dir: string;
let dbFile: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "midex-store-"));
  dbFile = join(dir, "exchange.db");
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

function draft(id: string, tokenId: string): NewSubmission {
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
  };
}

test("createTokenInDb migrates a new file and returns a token the exchange accepts", async () => {
  const token = await createTokenInDb({ dbFile, country: "xk", expiresInDays: 30 });
  const store = openSqliteStore(dbFile);
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
  await expect(createTokenInDb({ dbFile, country: "QQ" })).rejects.toThrow(UserError);
  await expect(createTokenInDb({ dbFile, country: "ME", expiresInDays: 0 })).rejects.toThrow(
    UserError
  );
});

test("migrations run once and are recorded", () => {
  const db = new Database(dbFile);
  try {
    expect(migrate(db)).toEqual([1]);
    expect(migrate(db)).toEqual([]);
    expect(db.prepare("SELECT version FROM schema_migrations").all()).toEqual([{ version: 1 }]);
  } finally {
    db.close();
  }
});

test("the store opens the file in WAL mode with foreign keys enforced", async () => {
  const store = openSqliteStore(dbFile);
  // better-sqlite3's errors may come from another jest realm, so match the message, not the class.
  await expect(store.insertSubmission(draft("a", "no-such-token"))).rejects.toMatchObject({
    message: expect.stringMatching(/FOREIGN KEY/),
  });
  await store.close();
  const db = new Database(dbFile);
  expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
  db.close();
});

test("two connections to one file number versions in turn", async () => {
  const token = await createTokenInDb({ dbFile, country: "ME" });
  const first = openSqliteStore(dbFile);
  const second = openSqliteStore(dbFile);
  try {
    const check = await checkBearer(first, `Bearer ${token}`);
    const tokenId = "token" in check ? check.token.id : "";
    const versions = [
      (await first.insertSubmission(draft("a", tokenId))).version,
      (await second.insertSubmission(draft("b", tokenId))).version,
      (await first.insertSubmission(draft("c", tokenId))).version,
    ];
    expect(versions).toEqual([1, 2, 3]);
  } finally {
    await first.close();
    await second.close();
  }
});

test("the database refuses a second row with the same key and version", async () => {
  await createTokenInDb({ dbFile, country: "ME" });
  const db = new Database(dbFile);
  try {
    const tokenId = (db.prepare("SELECT id FROM tokens").get() as { id: string }).id;
    const insert = db.prepare(
      "INSERT INTO submissions (id, template_id, template_version, country, period, version, " +
        "received_at, sdmx_csv, sha256, observations, errors, warnings, findings_json, token_id) " +
        "VALUES (?, 'ASYAPPCTZM', '1.0.0', 'ME', '2026-06', 1, '', '', '', 0, 0, 0, '[]', ?)"
    );
    insert.run("a", tokenId);
    let refusal: unknown;
    try {
      insert.run("b", tokenId);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toMatchObject({ message: expect.stringMatching(/UNIQUE/) });
  } finally {
    db.close();
  }
});
