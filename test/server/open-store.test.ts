import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { UserError } from "../../src/core";
import { describeDatabase, openStore } from "../../src/server/store/open-store";
import { createTokenInDb } from "../../src/server/tokens-admin";
import { createTestDatabase, POSTGRES_URL } from "./test-database";

test("a PostgreSQL URL is described without its password", () => {
  const choice = { databaseUrl: "postgres://midex:s3cret@db.internal:5432/midex", env: {} };
  expect(describeDatabase(choice)).toBe("postgres://midex:***@db.internal:5432/midex");
  expect(describeDatabase({ dbFile: "./midex.db", env: {} })).toBe("./midex.db");
});

test("DATABASE_URL in the environment is preferred to the SQLite file", () => {
  const env = { DATABASE_URL: "postgres://u:p@127.0.0.1/x" };
  expect(describeDatabase({ dbFile: "./midex.db", env })).toBe("postgres://u:***@127.0.0.1/x");
});

test("no database at all is a UserError", async () => {
  await expect(openStore({ env: {} })).rejects.toThrow(UserError);
});

test("without a URL the SQLite file is opened", async () => {
  const dir = mkdtempSync(join(tmpdir(), "midex-open-"));
  try {
    const store = await openStore({ dbFile: join(dir, "exchange.db"), env: {} });
    expect(await store.countSubmissions()).toBe(0);
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

(POSTGRES_URL ? test : test.skip)("with DATABASE_URL set, PostgreSQL is opened", async () => {
  const database = await createTestDatabase("postgres");
  const env = { DATABASE_URL: database.choice.databaseUrl };
  try {
    const store = await openStore({ dbFile: "/nonexistent/dir/x.db", env });
    expect(await store.auditLog()).toEqual([]);
    await store.close();
  } finally {
    await database.drop();
  }
});

describe("a --db that cannot be a database is a UserError naming it", () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "midex-bad-db-"));
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function refusal(dbFile: string): Promise<UserError> {
    const opening = await openStore({ dbFile, env: {} }).catch((e: unknown) => e);
    const creating = await createTokenInDb({ dbFile, env: {}, country: "ME" }).catch(
      (e: unknown) => e
    );
    expect(opening).toBeInstanceOf(UserError);
    expect(creating).toEqual(opening);
    return opening as UserError;
  }

  test("in a folder that does not exist", async () => {
    const file = join(dir, "missing", "exchange.db");
    expect((await refusal(file)).message).toBe(
      `cannot open the database ${file}: the folder does not exist`
    );
  });

  test("a folder", async () => {
    const folder = join(dir, "data");
    mkdirSync(folder);
    expect((await refusal(folder)).message).toBe(`${folder} is a folder, not a database file`);
  });

  test("a file that is not SQLite", async () => {
    const file = join(dir, "notes.txt");
    writeFileSync(file, "Minutes of the meeting of the regional centre.\n".repeat(200));
    expect((await refusal(file)).message).toBe(
      `${file} is not a WB-MIDEX database (not an SQLite file)`
    );
  });
});
