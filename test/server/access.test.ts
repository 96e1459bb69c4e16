import { createToken, revokeToken } from "../../src/server/auth";
import {
  consistentSheet,
  post,
  requestOf,
  startTestExchange,
  TestExchange,
  tokenFor,
  describeEachStore,
} from "./exchange-fixture";

describeEachStore((kind) => {
  let exchange: TestExchange;
  const valid = () => requestOf(consistentSheet("ME", "2026-06", 7));

  beforeEach(async () => {
    exchange = await startTestExchange(kind);
  });

  afterEach(() => exchange.close());

  async function expectRefused(response: Response, status: number, message: RegExp) {
    expect(response.status).toBe(status);
    expect((await response.json()).error).toMatch(message);
    expect(await exchange.store.countSubmissions()).toBe(0);
  }

  test("the health check answers without a token", async () => {
    const response = await fetch(`${exchange.url}/api/v1/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  test("a submission without a token is 401 and asks for a Bearer token", async () => {
    const response = await post(exchange, undefined, valid());
    expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
    await expectRefused(response, 401, /Authorization: Bearer/);
  });

  test("an unknown token is 401", async () => {
    await expectRefused(await post(exchange, "midex_not-a-real-token", valid()), 401, /not known/);
  });

  test("reading a submission needs a token too", async () => {
    const response = await fetch(
      `${exchange.url}/api/v1/submissions/00000000-0000-4000-8000-000000000000`
    );
    expect(response.status).toBe(401);
  });

  test("an expired token is 401", async () => {
    const expired = await tokenFor(exchange, "ME", new Date(Date.now() - 1000));
    await expectRefused(await post(exchange, expired, valid()), 401, /expired/);
  });

  test("a token that has not expired yet is accepted", async () => {
    const future = await tokenFor(exchange, "ME", new Date(Date.now() + 3_600_000));
    expect((await post(exchange, future, valid())).status).toBe(201);
  });

  test("a revoked token is 401", async () => {
    const token = await tokenFor(exchange, "ME");
    expect(await revokeToken(exchange.store, token)).toBe(true);
    await expectRefused(await post(exchange, token, valid()), 401, /revoked/);
  });

  test("a token is checked before the body is read", async () => {
    await expectRefused(await post(exchange, undefined, "{not json"), 401, /token/);
  });

  test("a token of another country is 403, naming both countries", async () => {
    const serbia = await tokenFor(exchange, "RS");
    const response = await post(exchange, serbia, valid());
    expect(response.status).toBe(403);
    const body = await response.json();
    expect(body.error).toMatch(/only submit data for RS, not for ME/);
    expect(body).toMatchObject({ tokenCountry: "RS", country: "ME" });
    expect(await exchange.store.countSubmissions()).toBe(0);
  });

  test("a reader token may not submit", async () => {
    const reader = await createToken(exchange.store, { country: "ME", role: "reader" });
    await expectRefused(await post(exchange, reader, valid()), 403, /not submit/);
  });

  test("tokens are random, prefixed and stored only as their hash", async () => {
    const a = await tokenFor(exchange, "ME");
    const b = await tokenFor(exchange, "ME");
    expect(a).toMatch(/^midex_[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
    const { hashToken } = await import("../../src/server/auth");
    const record = await exchange.store.findTokenByHash(hashToken(a));
    expect(record).toMatchObject({ country: "ME", role: "submitter", revokedAt: null });
    expect(JSON.stringify(record)).not.toContain(a.slice(6));
  });

  test("a token for a country outside the geo code list cannot be created", async () => {
    await expect(createToken(exchange.store, { country: "ZZ" })).rejects.toThrow(/not a reporting/);
  });
});
