import { randomUUID } from "node:crypto";
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
    exchange = await startTestExchange(kind, { workers: true });
    token = await tokenFor(exchange, "ME");
  });

  afterEach(() => exchange.close());

  test("two servers on one database number concurrent submissions of a key distinctly", async () => {
    const second = await exchange.anotherServer();
    const servers = [exchange, second, exchange, second, exchange, second, exchange, second];
    // Four tokens, each with one submission in flight on either server.
    const tokens = [token, ...(await Promise.all([1, 2, 3].map(() => tokenFor(exchange, "ME"))))];
    const responses = await Promise.all(
      servers.map((server, n) =>
        post(server, tokens[n >> 1], requestOf(consistentSheet("ME", "2026-06", n + 1)))
      )
    );
    expect(responses.map((r) => r.status)).toEqual(servers.map(() => 201));
    const versions = await Promise.all(responses.map(async (r) => (await r.json()).version));
    expect([...versions].sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(await exchange.store.countSubmissions()).toBe(8);
  });

  test("a retry sent to the other server returns the first server's receipt", async () => {
    const second = await exchange.anotherServer();
    const key = { "Idempotency-Key": randomUUID() };
    const request = requestOf(consistentSheet("ME", "2026-06", 7));
    const first = await post(exchange, token, request, "application/json", key);
    const retry = await post(second, token, request, "application/json", key);
    expect([first.status, retry.status]).toEqual([201, 200]);
    expect(await retry.json()).toEqual(await first.json());
    expect(await exchange.store.countSubmissions()).toBe(1);
  });
});
