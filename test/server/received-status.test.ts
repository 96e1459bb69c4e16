import { Readable } from "node:stream";
import Database from "better-sqlite3";
import { Client } from "pg";
import { getTemplate } from "../../src/core";
import { publishedJsonStream } from "../../src/server/published-json";
import { NewSubmission } from "../../src/server/store/exchange-store";
import { MIGRATIONS } from "../../src/server/store/migrations";
import { POSTGRES_MIGRATIONS } from "../../src/server/store/postgres-migrations";
import {
  consistentSheet,
  csvOf,
  describeEachStore,
  getWith,
  post,
  requestOf,
  startTestExchange,
  TestExchange,
  tokenFor,
  tokenWithRole,
  zeroSheet,
} from "./exchange-fixture";
import { createTestDatabase, TestDatabase } from "./test-database";

function received(id: string, tokenId: string, receivedAt: string) {
  return {
    id,
    templateId: "ASYAPPCTZM",
    country: "ME",
    period: "2026-06",
    receivedAt,
    tokenId,
    idempotencyKey: null,
    requestSha256: "1".repeat(64),
  };
}

describeEachStore((kind) => {
  let exchange: TestExchange;

  beforeEach(async () => {
    exchange = await startTestExchange(kind);
  });

  afterEach(() => exchange.close());

  test("a stored submission was audited as received, then validated, with nothing left over", async () => {
    const token = await tokenFor(exchange, "ME");
    const response = await post(exchange, token, requestOf(consistentSheet("ME", "2026-06", 3)));
    expect(response.status).toBe(201);
    const { submissionId } = await response.json();
    const entries = (await exchange.store.auditLog()).filter(
      (e) => e.submissionId === submissionId
    );
    expect(entries.map((e) => [e.action, e.fromStatus, e.toStatus])).toEqual([
      ["submission.received", null, "received"],
      ["submission.validated", "received", "validated"],
    ]);
    expect(await exchange.store.receivedSubmissions()).toEqual([]);
  });

  test("a submission still being checked answers with its status, to its own country only", async () => {
    const token = await tokenFor(exchange, "ME");
    await post(exchange, token, requestOf(consistentSheet("ME", "2026-06", 3)));
    const tokenId = (await exchange.store.auditLog())[0].tokenId;
    const id = "0b7e5b1c-3f43-4a57-9d1f-6c1d2a3b4c5d";
    await exchange.store.receiveSubmission(received(id, tokenId, new Date().toISOString()));

    const own = await getWith(exchange, token, `/submissions/${id.toUpperCase()}`);
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({
      status: "received",
      submissionId: id,
      templateId: "ASYAPPCTZM",
      country: "ME",
      period: "2026-06",
    });
    expect(own.body).not.toHaveProperty("receipt");

    const other = await getWith(exchange, await tokenFor(exchange, "AL"), `/submissions/${id}`);
    expect(other.status).toBe(404);
    const reviewer = await tokenWithRole(exchange, "RS", "reviewer");
    expect((await getWith(exchange, reviewer, `/submissions/${id}`)).body).toMatchObject({
      status: "received",
    });
    await exchange.store.refuseReceived(id, new Date().toISOString(), "test over");
    expect((await getWith(exchange, token, `/submissions/${id}`)).status).toBe(404);
  });

  test("a submission received by a server that died is abandoned, audited, and never a version", async () => {
    const token = await tokenFor(exchange, "ME");
    await post(exchange, token, requestOf(consistentSheet("ME", "2026-06", 3)));
    const tokenId = (await exchange.store.auditLog())[0].tokenId;
    const hourAgo = new Date(Date.now() - 3600_000).toISOString();
    await exchange.store.receiveSubmission(received("died", tokenId, hourAgo));
    await exchange.store.receiveSubmission(received("checking", tokenId, new Date().toISOString()));

    const cutoff = new Date(Date.now() - 600_000).toISOString();
    expect(await exchange.store.abandonReceived(cutoff, new Date().toISOString())).toBe(1);
    expect((await exchange.store.receivedSubmissions()).map((r) => r.id)).toEqual(["checking"]);
    expect(await exchange.store.findSubmission("died")).toBeUndefined();
    expect(await exchange.store.countSubmissions()).toBe(1);
    const ends = (await exchange.store.auditLog()).filter((e) => e.submissionId === "died");
    expect(ends.map((e) => [e.action, e.fromStatus, e.toStatus])).toEqual([
      ["submission.received", null, "received"],
      ["submission.abandoned", "received", null],
    ]);
  });
});

describe.each(["sqlite", "postgres"] as const)("a %s database of schema version 2", (kind) => {
  let database: TestDatabase;
  const run = process.env.MIDEX_TEST_DATABASE_URL || kind === "sqlite" ? test : test.skip;

  beforeEach(async () => {
    database = await createTestDatabase(kind).catch(() => undefined as unknown as TestDatabase);
  });

  afterEach(() => database?.drop());

  const old: NewSubmission & { version: number } = {
    id: "old-1",
    templateId: "ASYAPPCTZM",
    templateVersion: "1.0.0",
    country: "ME",
    period: "2026-05",
    version: 1,
    receivedAt: "2026-06-01T10:00:00.000Z",
    sdmxCsv: csvOf(consistentSheet("ME", "2026-05", 2)),
    sha256: "0".repeat(64),
    observations: 192,
    errors: 0,
    warnings: 0,
    findingsJson: "[]",
    tokenId: "t1",
    idempotencyKey: "k1",
    requestSha256: "2".repeat(64),
  };

  const setup = [
    "CREATE TABLE schema_migrations (version integer PRIMARY KEY, applied_at text NOT NULL)",
    "INSERT INTO schema_migrations VALUES (1, '2026-01-01'), (2, '2026-01-01')",
    "INSERT INTO tokens (id, hash, country, role, created_at) " +
      "VALUES ('t1', 'h1', 'ME', 'submitter', '2026-01-01T00:00:00.000Z')",
    "INSERT INTO submissions (id, template_id, template_version, country, period, version, " +
      "received_at, sdmx_csv, sha256, observations, errors, warnings, findings_json, token_id, " +
      "idempotency_key, request_sha256, status) VALUES ('old-1', 'ASYAPPCTZM', '1.0.0', 'ME', " +
      `'2026-05', 1, '${old.receivedAt}', '${old.sdmxCsv}', '${old.sha256}', 192, 0, 0, '[]', ` +
      `'t1', 'k1', '${old.requestSha256}', 'accepted')`,
    "INSERT INTO audit_log (at, token_id, action, submission_id, from_status, to_status) " +
      "VALUES ('2026-06-01T10:00:00.000Z', 't1', 'submission.accepted', 'old-1', 'validated', 'accepted')",
  ];

  run("migrates to the received-submissions schema without losing a row", async () => {
    if (kind === "sqlite") {
      const db = new Database(database.choice.dbFile!);
      db.exec(setup[0]);
      db.exec(MIGRATIONS[0].sql);
      db.exec(MIGRATIONS[1].sql);
      for (const sql of setup.slice(1)) db.exec(sql);
      db.close();
    } else {
      const client = new Client({ connectionString: database.choice.databaseUrl });
      await client.connect();
      await client.query(setup[0]);
      await client.query(POSTGRES_MIGRATIONS[0].sql);
      await client.query(POSTGRES_MIGRATIONS[1].sql);
      for (const sql of setup.slice(1)) await client.query(sql);
      await client.end();
    }

    const store = await database.openStore();
    try {
      expect(await store.findSubmission("old-1")).toMatchObject({
        ...old,
        status: "accepted",
      });
      expect(await store.latestAccepted("ASYAPPCTZM", "ME", "2026-05")).toMatchObject({
        id: "old-1",
      });
      expect(await store.auditLog()).toHaveLength(1);
      expect(await store.receivedSubmissions()).toEqual([]);
    } finally {
      await store.close();
    }
  });
});

test("published JSON is produced a slice at a time, letting other work run in between", async () => {
  const template = getTemplate("ASYAPPCTZM");
  const csv = csvOf(zeroSheet("ME", "2026-06"));
  const receipt = { submissionId: "s" } as never;
  const order: string[] = [];
  const stream: Readable = publishedJsonStream(template, receipt, csv);
  const chunks: string[] = [];
  const reading = (async () => {
    for await (const chunk of stream) {
      chunks.push(String(chunk));
      order.push("chunk");
    }
    order.push("end");
  })();
  setImmediate(() => order.push("other work"));
  await reading;

  expect(order.indexOf("other work")).toBeLessThan(order.indexOf("end"));
  expect(order.filter((o) => o === "chunk").length).toBeGreaterThan(10);
  const parsed = JSON.parse(chunks.join(""));
  expect(parsed.receipt).toEqual({ submissionId: "s" });
  expect(parsed.observations).toHaveLength(23040);
  expect(parsed.observations[0]).toEqual({
    key: expect.objectContaining({ geo: "ME" }),
    period: "2026-06",
    value: 0,
    status: "A",
  });
});
