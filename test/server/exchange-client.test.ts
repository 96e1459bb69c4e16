import { createServer as createHttpServer } from "node:http";
import { createServer } from "node:net";
import { ExchangeError } from "../../src/client/exchange-error";
import { fetchSubmission, submitToExchange } from "../../src/client/exchange-client";
import { revokeToken } from "../../src/server/auth";
import { dataCellAddress } from "../../src/core";
import { onOwnSheet } from "../../src/client/finding-cells";
import {
  consistentSheet,
  csvOf,
  requestOf,
  startTestExchange,
  TestExchange,
  tokenFor,
  describeEachStore,
} from "./exchange-fixture";

/** Retries without waiting between tries. */
const noPause = { wait: async () => undefined };

describeEachStore((kind) => {
  let exchange: TestExchange;
  let token: string;

  beforeEach(async () => {
    exchange = await startTestExchange(kind);
    token = await tokenFor(exchange, "ME");
  });

  afterEach(() => exchange.close());

  /** A loopback port that was free a moment ago and on which nothing listens now. */
  async function closedPort(): Promise<number> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    await new Promise<void>((resolve) => server.close(() => resolve()));
    return port;
  }

  async function refusal(promise: Promise<unknown>): Promise<ExchangeError> {
    const error = await promise.then(
      () => undefined,
      (e: unknown) => e
    );
    expect(error).toBeInstanceOf(ExchangeError);
    return error as ExchangeError;
  }

  test("submitToExchange returns the receipt and fetchSubmission the stored CSV", async () => {
    const sheet = consistentSheet("ME", "2026-06", 7);
    const receipt = await submitToExchange({
      endpoint: exchange.url,
      token,
      request: requestOf(sheet),
    });
    expect(receipt).toMatchObject({ country: "ME", period: "2026-06", version: 1 });

    const stored = await fetchSubmission({
      endpoint: `${exchange.url}/api/v1/`,
      token,
      id: receipt.submissionId,
    });
    expect(stored.receipt).toEqual(receipt);
    expect(stored.sdmxCsv).toBe(csvOf(sheet));
  });

  test("a token of another country is an ExchangeError 403 naming both countries", async () => {
    const serbia = await tokenFor(exchange, "RS");
    const request = requestOf(consistentSheet("ME", "2026-06", 7));
    const error = await refusal(
      submitToExchange({ endpoint: exchange.url, token: serbia, request })
    );
    expect(error.status).toBe(403);
    expect(error.message).toMatch(/only submit data for RS.*for ME/);
  });

  test("an unknown token is an ExchangeError 401 in plain words", async () => {
    const request = requestOf(consistentSheet("ME", "2026-06", 7));
    const error = await refusal(
      submitToExchange({ endpoint: exchange.url, token: "midex_wrong", request })
    );
    expect(error.status).toBe(401);
    expect(error.message).toBe(
      "The exchange does not know this access token; check that it was copied whole, or ask " +
        "the exchange administrator for a new one."
    );
  });

  test("a revoked token is an ExchangeError 401 saying so once", async () => {
    const revoked = await tokenFor(exchange, "ME");
    await revokeToken(exchange.store, revoked);
    const request = requestOf(consistentSheet("ME", "2026-06", 7));
    const error = await refusal(
      submitToExchange({ endpoint: exchange.url, token: revoked, request })
    );
    expect(error.status).toBe(401);
    expect(error.message).toBe(
      "This access token has been revoked; ask the exchange administrator for a new one."
    );
  });

  test.each(["/api/v1", "/api/v1/", "/api/v1/submissions", "/api/v1/submissions/"])(
    "an address given with %s appended names the same exchange",
    async (suffix) => {
      const request = requestOf(consistentSheet("ME", "2026-06", 7));
      const endpoint = exchange.url + suffix;
      const receipt = await submitToExchange({ endpoint, token, request });
      const stored = await fetchSubmission({ endpoint, token, id: receipt.submissionId });
      expect(stored.receipt).toEqual(receipt);
    }
  );

  test("a submission of another country is an ExchangeError 403 in plain words", async () => {
    const request = requestOf(consistentSheet("ME", "2026-06", 7));
    const receipt = await submitToExchange({ endpoint: exchange.url, token, request });
    const serbia = await tokenFor(exchange, "RS");
    const error = await refusal(
      fetchSubmission({ endpoint: exchange.url, token: serbia, id: receipt.submissionId })
    );
    expect(error.status).toBe(403);
    expect(error.message).toMatch(/did not allow this: This access token may only read .* of RS/);
  });

  test("data with errors is an ExchangeError 422 carrying the findings", async () => {
    const sheet = consistentSheet("ME", "2026-06", 7);
    const { rowKeys, colKeys } = sheet.layout;
    const row = rowKeys.findIndex((k) => k.citizen === "UA");
    const col = colKeys.findIndex(
      (k) => k.applicant === "FRST" && k.sex === "M" && k.age === "Y18-34"
    );
    sheet.values[row][col] = 2;
    const error = await refusal(
      submitToExchange({ endpoint: exchange.url, token, request: requestOf(sheet) })
    );
    expect(error.status).toBe(422);
    const errors = error.findings!.filter((f) => f.severity === "error");
    expect(error.message).toBe(
      `The exchange found ${errors.length} errors in the data and stored nothing. ` +
        "Correct the cells listed and submit again."
    );
    // The sheet has every citizenship's row, so the client finds the cell by the finding's key.
    const address = dataCellAddress(sheet, row, col);
    const own = onOwnSheet(errors, sheet);
    expect(own.some((f) => f.involved?.some((c) => c.address === address))).toBe(true);
    for (const f of own) {
      for (const c of f.involved ?? []) {
        const r = sheet.layout.rowKeys.findIndex((k) => k.citizen === c.key.citizen);
        expect(Number(/\d+$/.exec(c.address)![0])).toBe(sheet.layout.firstDataRow + r + 1);
      }
    }
  });

  test("unreadable data is an ExchangeError 422 with the exchange's reason", async () => {
    const request = { ...requestOf(consistentSheet("ME", "2026-06", 7)), sdmxCsv: "nonsense" };
    const error = await refusal(submitToExchange({ endpoint: exchange.url, token, request }));
    expect(error.status).toBe(422);
    expect(error.findings).toBeUndefined();
    expect(error.message).toMatch(/refused the data.*not SDMX-CSV/);
  });

  test("an unknown submission id is an ExchangeError 404", async () => {
    const id = "00000000-0000-4000-8000-000000000000";
    const error = await refusal(fetchSubmission({ endpoint: exchange.url, token, id }));
    expect(error.status).toBe(404);
    expect(error.message).toContain(id);
  });

  test("an exchange that is not there is an ExchangeError with status 0", async () => {
    const endpoint = `http://127.0.0.1:${await closedPort()}`;
    const request = requestOf(consistentSheet("ME", "2026-06", 7));
    const error = await refusal(submitToExchange({ endpoint, token, request, retry: noPause }));
    expect(error.status).toBe(0);
    expect(error.message).toMatch(new RegExp(`Could not reach the exchange at ${endpoint}`));
  });

  /** A loopback HTTP server answering every request with `answer` (or never, when undefined). */
  async function otherServer(answer?: { status: number; body: string }) {
    const server = createHttpServer((_request, response) => {
      if (answer)
        response.writeHead(answer.status, { "Content-Type": "text/html" }).end(answer.body);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    return {
      endpoint: `http://127.0.0.1:${port}`,
      close: () => {
        server.closeAllConnections();
        return new Promise<void>((resolve) => server.close(() => resolve()));
      },
    };
  }

  test("an address that answers something other than the exchange's JSON is refused", async () => {
    const other = await otherServer({ status: 200, body: "<html>login</html>" });
    try {
      const error = await refusal(fetchSubmission({ endpoint: other.endpoint, token, id: "x" }));
      expect(error.status).toBe(200);
      expect(error.message).toMatch(/does not understand/);
    } finally {
      await other.close();
    }
  });

  test("an exchange that does not answer in time is an ExchangeError with status 0", async () => {
    const silent = await otherServer();
    try {
      const request = requestOf(consistentSheet("ME", "2026-06", 7));
      const error = await refusal(
        submitToExchange({
          endpoint: silent.endpoint,
          token,
          request,
          timeoutMs: 200,
          retry: noPause,
        })
      );
      expect(error.status).toBe(0);
      expect(error.message).toMatch(/did not answer within 1 second\..*check before sending/);
    } finally {
      await silent.close();
    }
  });
});
