import { startTestExchange, TestExchange, tokenFor, describeEachStore } from "./exchange-fixture";

describeEachStore((kind) => {
  let exchange: TestExchange;

  beforeEach(async () => {
    exchange = await startTestExchange(kind);
  });

  afterEach(() => exchange.close());

  const SECURITY_HEADERS = {
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "cache-control": "no-store",
  };

  test.each([
    ["an answer", "/api/v1/health", 200],
    ["a refusal", "/api/v1/submissions/00000000-0000-4000-8000-000000000000", 401],
    ["an unknown address", "/nowhere", 404],
  ])("%s carries the security headers", async (_what, path, status) => {
    const response = await fetch(exchange.url + path);
    expect(response.status).toBe(status);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(response.headers.get(name)).toBe(value);
    }
    expect(response.headers.get("content-security-policy")).toMatch(/default-src 'none'/);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  });

  test("the add-in's origin may call the API from a browser", async () => {
    const preflight = await fetch(`${exchange.url}/api/v1/submissions`, {
      method: "OPTIONS",
      headers: {
        Origin: "https://localhost:3000",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization,content-type",
      },
    });
    expect(preflight.status).toBeLessThan(300);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("https://localhost:3000");
    expect(preflight.headers.get("access-control-allow-methods")).toBe("GET, POST");
    expect(preflight.headers.get("access-control-allow-headers")).toMatch(/Authorization/);
  });

  test("another origin is not allowed", async () => {
    const response = await fetch(`${exchange.url}/api/v1/health`, {
      headers: { Origin: "https://evil.example" },
    });
    expect(response.headers.get("access-control-allow-origin")).not.toBe("https://evil.example");
  });

  test("a token's plain text never appears in an answer", async () => {
    const token = await tokenFor(exchange, "ME");
    const response = await fetch(`${exchange.url}/api/v1/submissions/nope`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(await response.text()).not.toContain(token);
  });

  /** GETs a raw path with a valid token; the body must be our plain `{error}` and nothing else. */
  async function plainRefusal(path: string) {
    const token = await tokenFor(exchange, "ME");
    const response = await fetch(exchange.url + path, {
      headers: { Authorization: `Bearer ${token}` },
    });
    const text = await response.text();
    const body = JSON.parse(text);
    expect(Object.keys(body)).toEqual(["error"]);
    expect(text).not.toMatch(/FST_|statusCode|Bad Request/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    return { status: response.status, text, error: body.error as string };
  }

  test("an id longer than the router allows is answered plainly, without echoing it", async () => {
    const answer = await plainRefusal(`/api/v1/submissions/${"a".repeat(5000)}`);
    expect(answer.status).toBe(414);
    expect(answer.error).toMatch(/longer than any the exchange serves/);
    expect(answer.text.length).toBeLessThan(200);
  });

  test("a malformed percent escape is 400 in plain words, without echoing the address", async () => {
    const answer = await plainRefusal("/api/v1/submissions/%zz");
    expect(answer.status).toBe(400);
    expect(answer.error).toMatch(/not a valid URL/);
    expect(answer.text).not.toContain("%zz");
  });

  test("an unknown address is named by a short, printable excerpt only", async () => {
    const answer = await plainRefusal(`/${"n".repeat(3000)}%1B%5B41m`);
    expect(answer.status).toBe(404);
    expect(answer.text.length).toBeLessThan(200);
    expect(answer.error).toMatch(/^There is nothing at GET \/n+…\.$/);
  });

  test("an unknown submission id is named by a short excerpt only", async () => {
    const answer = await plainRefusal(`/api/v1/submissions/${"b".repeat(90)}`);
    expect(answer.status).toBe(404);
    expect(answer.error).toBe(`There is no submission with id "${"b".repeat(40)}…".`);
  });
});
