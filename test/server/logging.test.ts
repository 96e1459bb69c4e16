import { FastifyInstance } from "fastify";
import { buildApp } from "../../src/server/app";
import { createToken } from "../../src/server/auth";
import { ExchangeStore } from "../../src/server/store/exchange-store";
import { consistentSheet, requestOf } from "./exchange-fixture";
import { createTestDatabase, describeEachStore, TestDatabase } from "./test-database";

describeEachStore((kind) => {
  let database: TestDatabase;
  let store: ExchangeStore;
  let app: FastifyInstance;
  let url: string;
  let lines: Record<string, unknown>[];

  beforeEach(async () => {
    database = await createTestDatabase(kind);
    store = await database.openStore();
    lines = [];
    const logStream = { write: (line: string) => void lines.push(JSON.parse(line)) };
    app = await buildApp({ store, logLevel: "info", logStream });
    url = await app.listen({ port: 0, host: "127.0.0.1" });
    lines.length = 0;
  });

  afterEach(async () => {
    await app.close();
    await store.close();
    await database.drop();
  });

  function submit(token: string, body: unknown) {
    return fetch(`${url}/api/v1/submissions`, {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
  }

  test("each request is one log line and a stored submission one more, without tokens or figures", async () => {
    const token = await createToken(store, { country: "ME" });
    const request = requestOf(consistentSheet("ME", "2026-06", 4321));
    const accepted = await submit(token, request);
    const refused = await submit(token, { ...request, country: "RS" });
    expect([accepted.status, refused.status]).toEqual([201, 403]);
    const { submissionId } = await accepted.json();

    const requestLines = lines.filter((l) => l.msg === "request");
    expect(requestLines.map((l) => [l.method, l.route, l.status])).toEqual([
      ["POST", "/api/v1/submissions", 201],
      ["POST", "/api/v1/submissions", 403],
    ]);
    const stored = lines.filter((l) => l.msg === "submission stored");
    expect(stored).toEqual([
      expect.objectContaining({
        event: "submission.stored",
        submissionId,
        templateId: "ASYAPPCTZM",
        country: "ME",
        period: "2026-06",
        version: 1,
      }),
    ]);
    expect(lines).toHaveLength(3);
    const text = JSON.stringify(lines);
    expect(text).not.toContain(token);
    expect(text).not.toContain("4321");
    expect(text.toLowerCase()).not.toContain("bearer");
  });

  test("silent writes nothing", async () => {
    await app.close();
    lines.length = 0;
    app = await buildApp({ store, logLevel: "silent", logStream: { write: () => lines.push({}) } });
    url = await app.listen({ port: 0, host: "127.0.0.1" });
    await fetch(`${url}/api/v1/health`);
    expect(lines).toHaveLength(0);
  });

  test("a request the router refuses is logged as one line without its address", async () => {
    await fetch(`${url}/api/v1/submissions/%zz`);
    await fetch(`${url}/api/v1/submissions/${"secret".repeat(100)}`);
    expect(lines.map((l) => [l.msg, l.method, l.route, l.status])).toEqual([
      ["request", "GET", null, 400],
      ["request", "GET", null, 414],
    ]);
    expect(JSON.stringify(lines)).not.toMatch(/%zz|secret/);
  });
});
