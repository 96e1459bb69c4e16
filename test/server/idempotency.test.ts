import { randomUUID } from "node:crypto";
import { ReceiptSchema } from "../../src/core/submission-schema";
import {
  consistentSheet,
  describeEachStore,
  post,
  requestOf,
  startTestExchange,
  TestExchange,
  tokenFor,
} from "./exchange-fixture";

describeEachStore((kind) => {
  let exchange: TestExchange;
  let token: string;

  beforeEach(async () => {
    // Four retries racing under one token are more than the default in flight allows.
    exchange = await startTestExchange(kind, { workers: true, submissionsInFlight: 4 });
    token = await tokenFor(exchange, "ME");
  });

  afterEach(() => exchange.close());

  const submit = (body: unknown, key: string, withToken = token) =>
    post(exchange, withToken, body, "application/json", { "Idempotency-Key": key });

  test("a retry with the same key returns the first receipt and stores one row", async () => {
    const key = randomUUID();
    const request = requestOf(consistentSheet("ME", "2026-06", 7));
    const first = await submit(request, key);
    const retry = await submit(request, key);

    expect(first.status).toBe(201);
    expect(retry.status).toBe(200);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    const receipt = ReceiptSchema.parse(await first.json());
    expect(await retry.json()).toEqual(receipt);
    expect(await exchange.store.countSubmissions()).toBe(1);
  });

  test("retries racing each other with one key store one row and share its receipt", async () => {
    const key = randomUUID();
    const request = requestOf(consistentSheet("ME", "2026-06", 7));
    const responses = await Promise.all([1, 2, 3, 4].map(() => submit(request, key)));
    expect(responses.map((r) => r.status).sort()).toEqual([200, 200, 200, 201]);
    const ids = await Promise.all(responses.map(async (r) => (await r.json()).submissionId));
    expect(new Set(ids).size).toBe(1);
    expect(await exchange.store.countSubmissions()).toBe(1);
  });

  test("the same key with a different body is 409 and stores nothing more", async () => {
    const key = randomUUID();
    expect((await submit(requestOf(consistentSheet("ME", "2026-06", 7)), key)).status).toBe(201);
    const other = await submit(requestOf(consistentSheet("ME", "2026-06", 8)), key);
    expect(other.status).toBe(409);
    expect((await other.json()).error).toMatch(/already used for a different submission/);
    expect(await exchange.store.countSubmissions()).toBe(1);
  });

  test("requests without a key, or with new keys, are new versions", async () => {
    const request = requestOf(consistentSheet("ME", "2026-06", 7));
    const versions = [];
    for (const response of [
      await post(exchange, token, request),
      await post(exchange, token, request),
      await submit(request, randomUUID()),
    ]) {
      versions.push((await response.json()).version);
    }
    expect(versions).toEqual([1, 2, 3]);
  });

  test("a key belongs to its token: another token's same key is its own submission", async () => {
    const key = randomUUID();
    const request = requestOf(consistentSheet("ME", "2026-06", 7));
    const other = await tokenFor(exchange, "ME");
    expect((await submit(request, key)).status).toBe(201);
    expect((await submit(request, key, other)).status).toBe(201);
    expect(await exchange.store.countSubmissions()).toBe(2);
  });

  test("a malformed key is 400", async () => {
    const response = await submit(requestOf(consistentSheet("ME", "2026-06", 7)), "a b");
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatch(/Idempotency-Key/);
  });
});
