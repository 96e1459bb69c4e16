import { createServer, IncomingMessage, ServerResponse } from "node:http";
import { fetchSubmission, submitToExchange } from "../../src/client/exchange-client";
import { ExchangeError } from "../../src/client/exchange-error";
import { delayBefore } from "../../src/client/retry";
import {
  consistentSheet,
  describeEachStore,
  requestOf,
  startTestExchange,
  TestExchange,
  tokenFor,
} from "./exchange-fixture";

/** How the gateway treats one request: refuse it, or pass it on and lose or deliver the answer. */
type Step = 502 | 503 | 504 | "lose-answer" | "forward";

async function bodyOf(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** A loopback gateway in front of the exchange that follows `steps`, one per request. */
async function flakyGateway(target: string, steps: Step[]) {
  const keys: (string | undefined)[] = [];
  const server = createServer(async (request: IncomingMessage, response: ServerResponse) => {
    const key = request.headers["idempotency-key"] as string | undefined;
    keys.push(key);
    const step = steps[keys.length - 1] ?? "forward";
    const body = await bodyOf(request);
    if (typeof step === "number") {
      response.writeHead(step, { "Content-Type": "text/html" }).end("<h1>Bad gateway</h1>");
      return;
    }
    const answer = await fetch(target + request.url, {
      method: request.method,
      headers: {
        Authorization: request.headers.authorization ?? "",
        "Content-Type": request.headers["content-type"] ?? "application/json",
        "Idempotency-Key": key ?? "",
      },
      body: request.method === "POST" ? body : undefined,
    });
    const text = await answer.text();
    if (step === "lose-answer") {
      response.socket?.destroy();
      return;
    }
    response.writeHead(answer.status, { "Content-Type": "application/json" }).end(text);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    endpoint: `http://127.0.0.1:${port}`,
    keys,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describeEachStore((kind) => {
  let exchange: TestExchange;
  let token: string;
  let pauses: number[];
  const retry = () => ({
    wait: async (ms: number) => void pauses.push(ms),
    random: () => 0,
    baseDelayMs: 100,
  });

  beforeEach(async () => {
    exchange = await startTestExchange(kind);
    token = await tokenFor(exchange, "ME");
    pauses = [];
  });

  afterEach(() => exchange.close());

  test("gateway failures are retried under one key until the exchange answers", async () => {
    const gateway = await flakyGateway(exchange.url, [502, 503, 504]);
    try {
      const request = requestOf(consistentSheet("ME", "2026-06", 7));
      const receipt = await submitToExchange({
        endpoint: gateway.endpoint,
        token,
        request,
        retry: retry(),
      });
      expect(receipt.version).toBe(1);
      expect(gateway.keys).toHaveLength(4);
      expect(new Set(gateway.keys).size).toBe(1);
      expect(gateway.keys[0]).toMatch(/^[0-9a-f-]{36}$/);
      expect(pauses).toEqual([50, 100, 200]);
    } finally {
      await gateway.close();
    }
  });

  test("a lost answer is retried and returns the first receipt, stored once", async () => {
    const gateway = await flakyGateway(exchange.url, ["lose-answer"]);
    try {
      const request = requestOf(consistentSheet("ME", "2026-06", 7));
      const receipt = await submitToExchange({
        endpoint: gateway.endpoint,
        token,
        request,
        retry: retry(),
      });
      expect(await exchange.store.countSubmissions()).toBe(1);
      const stored = await fetchSubmission({
        endpoint: exchange.url,
        token,
        id: receipt.submissionId,
      });
      expect(stored.receipt).toEqual(receipt);
      expect(stored.status).toBe("validated");
    } finally {
      await gateway.close();
    }
  });

  test("a key passed by the caller is the one sent", async () => {
    const gateway = await flakyGateway(exchange.url, []);
    try {
      const request = requestOf(consistentSheet("ME", "2026-06", 7));
      const idempotencyKey = "11111111-2222-4333-8444-555555555555";
      await submitToExchange({ endpoint: gateway.endpoint, token, request, idempotencyKey });
      expect(gateway.keys).toEqual([idempotencyKey]);
    } finally {
      await gateway.close();
    }
  });

  test("retries are bounded: after the last try the gateway's failure is the error", async () => {
    const gateway = await flakyGateway(exchange.url, [503, 503, 503, 503, 503]);
    try {
      const request = requestOf(consistentSheet("ME", "2026-06", 7));
      const error = await submitToExchange({
        endpoint: gateway.endpoint,
        token,
        request,
        retry: retry(),
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ExchangeError);
      expect((error as ExchangeError).status).toBe(503);
      expect((error as ExchangeError).message).toBe(
        "The exchange is busy or down (503) after 4 attempts; try again later"
      );
      expect(gateway.keys).toHaveLength(4);
      expect(await exchange.store.countSubmissions()).toBe(0);
    } finally {
      await gateway.close();
    }
  });

  test("a refusal is not retried", async () => {
    const gateway = await flakyGateway(exchange.url, []);
    try {
      const request = requestOf(consistentSheet("ME", "2026-06", 7));
      const serbia = await tokenFor(exchange, "RS");
      const error = await submitToExchange({
        endpoint: gateway.endpoint,
        token: serbia,
        request,
        retry: retry(),
      }).catch((e: unknown) => e);
      expect((error as ExchangeError).status).toBe(403);
      expect(gateway.keys).toHaveLength(1);
      expect(pauses).toEqual([]);
    } finally {
      await gateway.close();
    }
  });
});

test("pauses double from the first one up to the longest, and no further", () => {
  const options = { baseDelayMs: 100, maxDelayMs: 1000, random: () => 0.999 };
  const pauses = [1, 2, 3, 4, 5, 6, 40].map((attempt) => delayBefore(attempt, options));
  expect(pauses).toEqual([100, 200, 400, 800, 1000, 1000, 1000]);
  expect(delayBefore(60, { random: () => 0 })).toBe(5000);
});
