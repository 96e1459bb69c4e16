import { createHash, randomUUID } from "node:crypto";
import { createServer, IncomingMessage, Server } from "node:http";
import { fetchSubmission, submitToExchange } from "../../src/client/exchange-client";
import { ExchangeError } from "../../src/client/exchange-error";
import { Receipt } from "../../src/core";
import { consistentSheet, requestOf } from "./exchange-fixture";

/** A stand-in for the exchange on 127.0.0.1 that answers every request with `answer`. */
class MockExchange {
  answer: { status: number; body: unknown } = { status: 500, body: {} };
  readonly requests: string[] = [];
  private readonly server: Server;

  constructor() {
    this.server = createServer(async (request: IncomingMessage, response) => {
      for await (const chunk of request) void chunk;
      this.requests.push(`${request.method} ${request.url}`);
      response.writeHead(this.answer.status, { "Content-Type": "application/json" });
      response.end(JSON.stringify(this.answer.body));
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server.address() as { port: number }).port}`;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

const request = requestOf(consistentSheet("ME", "2026-06", 7));
const token = "midex_mock-token";
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

function honestReceipt(): Receipt {
  return {
    submissionId: randomUUID(),
    templateId: request.templateId,
    templateVersion: request.templateVersion,
    country: request.country,
    period: request.period,
    version: 1,
    receivedAt: new Date().toISOString(),
    sha256: createHash("sha256").update(request.sdmxCsv).digest("hex"),
    observations: 192,
    findings: { errors: 0, warnings: 0 },
  };
}

function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap(stringsIn);
  return [];
}

let mock: MockExchange;
let endpoint: string;
let pauses: number[];
const retry = () => ({ wait: async (ms: number) => void pauses.push(ms) });

beforeEach(async () => {
  mock = new MockExchange();
  endpoint = await mock.start();
  pauses = [];
});

afterEach(() => mock.close());

async function failure(promise: Promise<unknown>): Promise<ExchangeError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  );
  expect(error).toBeInstanceOf(ExchangeError);
  return error as ExchangeError;
}

describe("the receipt is checked against what was sent", () => {
  test("an honest receipt is returned", async () => {
    const receipt = honestReceipt();
    mock.answer = { status: 201, body: receipt };
    expect(await submitToExchange({ endpoint, token, request })).toEqual(receipt);
  });

  test.each([
    [
      "another template",
      { templateId: "ASYAPPCTZA" },
      "templateId ASYAPPCTZA instead of ASYAPPCTZM",
    ],
    ["another country", { country: "RS" }, "country RS instead of ME"],
    ["another period", { period: "2026-07" }, "period 2026-07 instead of 2026-06"],
    ["no observations", { observations: 0 }, "no observations"],
    ["another SHA-256", { sha256: "0".repeat(64) }, "the SHA-256 of other data"],
  ])("a receipt with %s is an ExchangeError", async (_what, forged, difference) => {
    mock.answer = { status: 201, body: { ...honestReceipt(), ...forged } };
    const error = await failure(submitToExchange({ endpoint, token, request }));
    expect(error.status).toBe(201);
    expect(error.message).toBe(
      `The exchange's receipt does not match what was sent (${difference}): the submission may ` +
        "not be stored as you sent it. Contact the regional centre."
    );
  });

  test("a replayed receipt (200) is checked too", async () => {
    mock.answer = { status: 200, body: { ...honestReceipt(), country: "AL" } };
    expect((await failure(submitToExchange({ endpoint, token, request }))).status).toBe(200);
  });
});

describe("control characters from the exchange never reach the caller", () => {
  test("a refusal's message and findings are plain text; line feeds and tabs stay", async () => {
    mock.answer = {
      status: 422,
      body: {
        error: "\u001b[41mThe data\u0007 is refused\u009b.",
        findings: [
          {
            ruleId: "sex-total\u001b[2J",
            severity: "error",
            message: "B7 is 8\r\nnot\t7\u0000",
            address: "B\u009b7",
          },
        ],
      },
    };
    const error = await failure(submitToExchange({ endpoint, token, request }));
    expect(error.serverMessage).toBe("[41mThe data is refused.");
    expect(error.findings).toEqual([
      { ruleId: "sex-total[2J", severity: "error", message: "B7 is 8\nnot\t7", address: "B7" },
    ]);
    expect(stringsIn([error.message, error.serverMessage, error.findings]).join("")).not.toMatch(
      CONTROL
    );
  });

  test("a receipt's texts are plain text", async () => {
    const receipt = honestReceipt();
    mock.answer = {
      status: 201,
      body: { ...receipt, receivedAt: `\u001b]0;owned\u0007${receipt.receivedAt}` },
    };
    const answered = await submitToExchange({ endpoint, token, request });
    expect(answered.receivedAt).toBe(`]0;owned${receipt.receivedAt}`);
  });

  test("a stored submission's comment is plain text, and its SDMX-CSV is handed on unchanged", async () => {
    const sdmxCsv = "STRUCTURE,STRUCTURE_ID\r\ndataflow,X\r\n";
    mock.answer = {
      status: 200,
      body: { receipt: honestReceipt(), sdmxCsv, status: "returned", comment: "Fix\u001b[8m it" },
    };
    const stored = await fetchSubmission({ endpoint, token, id: "x" });
    expect(stored.comment).toBe("Fix[8m it");
    expect(stored.sdmxCsv).toBe(sdmxCsv);
  });
});

describe("mistakes in the address or the token fail at once", () => {
  const ADDRESS =
    "The exchange address must start with http:// or https://, e.g. http://127.0.0.1:8787";
  const TOKEN = "The access token contains characters a token never has; copy it again";

  test.each(["127.0.0.1:8787", "notaurl", "file:///tmp/exchange", "", "http://"])(
    "the address %j is refused without a request or a retry",
    async (address) => {
      const error = await failure(
        submitToExchange({ endpoint: address, token, request, retry: retry() })
      );
      expect([error.status, error.message]).toEqual([0, ADDRESS]);
      const fetched = await failure(fetchSubmission({ endpoint: address, token, id: "x" }));
      expect(fetched.message).toBe(ADDRESS);
      expect(pauses).toEqual([]);
    }
  );

  test("an address without its scheme is refused even when something listens there", async () => {
    const address = endpoint.replace("http://", "");
    const error = await failure(
      submitToExchange({ endpoint: address, token, request, retry: retry() })
    );
    expect(error.message).toBe(ADDRESS);
    expect(mock.requests).toEqual([]);
  });

  test.each([
    ["a line feed", "midex_abc\ndef"],
    ["a trailing line feed", "midex_abcdef\n"],
    ["a letter outside Latin-1", "midex_abcд"],
    ["an emoji", "midex_😀"],
  ])("a token with %s is refused without a request or a retry", async (_what, bad) => {
    const error = await failure(
      submitToExchange({ endpoint, token: bad, request, retry: retry() })
    );
    expect([error.status, error.message]).toEqual([0, TOKEN]);
    expect((await failure(fetchSubmission({ endpoint, token: bad, id: "x" }))).message).toBe(TOKEN);
    expect(mock.requests).toEqual([]);
    expect(pauses).toEqual([]);
  });

  test("a gateway that stays unavailable is named as busy or down after every attempt", async () => {
    mock.answer = { status: 503, body: { error: "Service Unavailable" } };
    const error = await failure(
      submitToExchange({ endpoint, token, request, retry: { ...retry(), attempts: 3 } })
    );
    expect([error.status, error.message]).toEqual([
      503,
      "The exchange is busy or down (503) after 3 attempts; try again later",
    ]);
    expect(mock.requests).toHaveLength(3);
  });
});
