import { FastifyInstance } from "fastify";
import { buildApp } from "../../src/server/app";
import { createToken } from "../../src/server/auth";
import { createChecker } from "../../src/server/check-pool";
import { ExchangeStore } from "../../src/server/store/exchange-store";
import { PacedChecker } from "./check-pacing";
import { consistentSheet, post, requestOf } from "./exchange-fixture";
import { createTestDatabase, describeEachStore, TestDatabase } from "./test-database";

describeEachStore((kind) => {
  let database: TestDatabase;
  let store: ExchangeStore;
  let app: FastifyInstance;
  let url: string;
  let checker: PacedChecker;

  beforeEach(async () => {
    database = await createTestDatabase(kind);
    store = await database.openStore();
    checker = new PacedChecker(createChecker({ workerScript: null }), true);
    app = await buildApp({ store, logLevel: "silent", checker });
    url = await app.listen({ port: 0, host: "127.0.0.1" });
  });

  afterEach(async () => {
    await app.close();
    await store.close();
    await database.drop();
  });

  const submit = (token: string, count: number) =>
    post({ url }, token, requestOf(consistentSheet("ME", "2026-06", count)));

  test("a token's third submission in flight is 429 with Retry-After; other tokens go on", async () => {
    const busy = await createToken(store, { country: "ME" });
    const other = await createToken(store, { country: "ME" });
    const first = [submit(busy, 1), submit(busy, 2)];
    await checker.started(2);

    const third = await submit(busy, 3);
    expect(third.status).toBe(429);
    expect(third.headers.get("retry-after")).toBe("5");
    expect(await third.json()).toEqual({
      error:
        "This access token already has 2 submissions being checked; wait until one is " +
        "answered, then send the next.",
      retryAfterSeconds: 5,
    });

    const another = submit(other, 4);
    await checker.started(3);
    checker.release();
    const statuses = await Promise.all([...first, another].map(async (r) => (await r).status));
    expect(statuses).toEqual([201, 201, 201]);
    expect(await store.countSubmissions()).toBe(3);
  });

  test("a refused submission frees its place for the next", async () => {
    checker = new PacedChecker(createChecker({ workerScript: null }));
    await app.close();
    app = await buildApp({ store, logLevel: "silent", checker, submissionsInFlight: 1 });
    url = await app.listen({ port: 0, host: "127.0.0.1" });
    const token = await createToken(store, { country: "ME" });
    const unreadable = { ...requestOf(consistentSheet("ME", "2026-06", 7)), sdmxCsv: "nonsense" };

    for (let n = 0; n < 3; n++) expect((await post({ url }, token, unreadable)).status).toBe(422);
    expect((await submit(token, 7)).status).toBe(201);
  });
});
