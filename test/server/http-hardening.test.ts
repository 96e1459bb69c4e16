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
});
