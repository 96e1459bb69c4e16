import { RateLimiter } from "../../src/server/rate-limit";
import {
  describeEachStore,
  getWith,
  startTestExchange,
  TestExchange,
  tokenFor,
} from "./exchange-fixture";

const PATH = "/submissions/00000000-0000-4000-8000-000000000000";

describeEachStore((kind) => {
  let exchange: TestExchange;

  beforeEach(async () => {
    exchange = await startTestExchange(kind, { rateLimit: { max: 2, windowMs: 60_000 } });
  });

  afterEach(() => exchange.close());

  test("a token over its limit is 429 with Retry-After, and other tokens are unaffected", async () => {
    const busy = await tokenFor(exchange, "ME");
    const other = await tokenFor(exchange, "RS");
    expect((await getWith(exchange, busy, PATH)).status).toBe(404);
    expect((await getWith(exchange, busy, PATH)).status).toBe(404);

    const limited = await getWith(exchange, busy, PATH);
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect((limited.body as { error: string }).error).toMatch(/too many requests/);
    expect((await getWith(exchange, other, PATH)).status).toBe(404);
  });
});

test("the limiter counts per key and opens a new window when the old one ends", () => {
  let now = 1_000_000;
  const limiter = new RateLimiter({ max: 2, windowMs: 10_000 }, () => now);
  expect([limiter.hit("a"), limiter.hit("a"), limiter.hit("b")]).toEqual([
    { allowed: true },
    { allowed: true },
    { allowed: true },
  ]);
  now += 2_500;
  expect(limiter.hit("a")).toEqual({ allowed: false, retryAfterSeconds: 8 });
  now += 7_500;
  expect(limiter.hit("a")).toEqual({ allowed: true });
});
