import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ReceiptSchema } from "../../src/core/submission-schema";
import {
  consistentSheet,
  csvOf,
  post,
  requestOf,
  startTestExchange,
  TestExchange,
  tokenFor,
  describeEachStore,
} from "./exchange-fixture";

describeEachStore((kind) => {
  const FIXTURES = join(__dirname, "..", "fixtures", "derived");

  let exchange: TestExchange;
  let token: string;

  beforeEach(async () => {
    exchange = await startTestExchange(kind, { workers: true });
    token = await tokenFor(exchange, "ME");
  });

  afterEach(() => exchange.close());

  async function getSubmission(id: string, withToken = token) {
    const response = await fetch(`${exchange.url}/api/v1/submissions/${id}`, {
      headers: { Authorization: `Bearer ${withToken}` },
    });
    return { status: response.status, body: await response.json() };
  }

  test("a consistent sheet is accepted as version 1 and its correction as version 2", async () => {
    const first = await post(exchange, token, requestOf(consistentSheet("ME", "2026-06", 7)));
    expect(first.status).toBe(201);
    const receipt = ReceiptSchema.parse(await first.json());
    expect(receipt).toMatchObject({
      templateId: "ASYAPPCTZM",
      country: "ME",
      period: "2026-06",
      version: 1,
      findings: { errors: 0, warnings: 0 },
    });
    expect(receipt.observations).toBeGreaterThan(0);

    const corrected = await post(exchange, token, requestOf(consistentSheet("ME", "2026-06", 9)));
    expect(corrected.status).toBe(201);
    const second = ReceiptSchema.parse(await corrected.json());
    expect(second.version).toBe(2);
    expect(second.submissionId).not.toBe(receipt.submissionId);
    expect(second.sha256).not.toBe(receipt.sha256);
  });

  test("another period or country starts its own version count", async () => {
    await post(exchange, token, requestOf(consistentSheet("ME", "2026-06", 7)));
    const other = await post(exchange, token, requestOf(consistentSheet("ME", "2026-07", 7)));
    expect((await other.json()).version).toBe(1);
  });

  test("the stored submission is the canonical CSV, and its SHA-256 is the receipt's", async () => {
    const sheet = consistentSheet("ME", "2026-06", 7);
    const canonical = csvOf(sheet);
    // The same data with CRLF line ends and rows in reverse order must be stored canonically.
    const [header, ...rows] = canonical.trimEnd().split("\n");
    const shuffled = [header, ...rows.reverse()].join("\r\n") + "\r\n";
    const response = await post(exchange, token, requestOf(sheet, shuffled));
    const receipt = ReceiptSchema.parse(await response.json());

    const fetched = await getSubmission(receipt.submissionId);
    expect(fetched.status).toBe(200);
    expect(fetched.body.sdmxCsv).toBe(canonical);
    expect(fetched.body.receipt).toEqual(receipt);
    expect(createHash("sha256").update(fetched.body.sdmxCsv).digest("hex")).toBe(receipt.sha256);
  });

  test("an unknown submission id is 404", async () => {
    const unknown = await getSubmission("00000000-0000-4000-8000-000000000000");
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toMatch(/no submission/);
    expect((await getSubmission("not-a-uuid")).status).toBe(404);
  });

  test("Eurostat's SDMX-CSV 1.0 of Montenegro's 2022 cube is accepted when its totals add up", async () => {
    const csv = readFileSync(
      join(FIXTURES, "ME2022_asyappctza_totals-adjusted_DERIVED_sdmx1.csv"),
      "utf8"
    );
    const response = await post(exchange, token, {
      templateId: "ASYAPPCTZA",
      templateVersion: "1.0.0",
      country: "ME",
      period: "2022",
      sdmxCsv: csv,
    });
    expect(response.status).toBe(201);
    const receipt = ReceiptSchema.parse(await response.json());
    expect(receipt.observations).toBe(csv.trimEnd().split("\n").length - 1);

    const stored = await getSubmission(receipt.submissionId);
    expect(stored.body.sdmxCsv.split("\n", 1)[0]).toMatch(/^STRUCTURE,STRUCTURE_ID,ACTION,/);
  });

  test("Eurostat's published (rounded) figures are refused: their totals miss their parts", async () => {
    const csv = readFileSync(join(FIXTURES, "ME2022_asyappctza_published_sdmx1.csv"), "utf8");
    const response = await post(exchange, token, {
      templateId: "ASYAPPCTZA",
      templateVersion: "1.0.0",
      country: "ME",
      period: "2022",
      sdmxCsv: csv,
    });
    expect(response.status).toBe(422);
    const body = await response.json();
    expect(body.findings.some((f: { ruleId: string }) => f.ruleId.endsWith("-total"))).toBe(true);
    expect(await exchange.store.countSubmissions()).toBe(0);
  });

  test("an outdated template version is accepted with a warning", async () => {
    const request = { ...requestOf(consistentSheet("ME", "2026-06", 7)), templateVersion: "0.9.0" };
    const response = await post(exchange, token, request);
    expect(response.status).toBe(201);
    const receipt = await response.json();
    expect(receipt).toMatchObject({ templateVersion: "0.9.0", findings: { warnings: 1 } });
  });

  test("concurrent submissions for the same key get distinct versions", async () => {
    // One token per submission: a token may only have a few submissions in flight at once.
    const counts = [3, 4, 5, 6, 7, 8];
    const tokens = await Promise.all(counts.map(() => tokenFor(exchange, "ME")));
    const responses = await Promise.all(
      counts.map((n, i) =>
        post(exchange, tokens[i], requestOf(consistentSheet("ME", "2026-06", n)))
      )
    );
    expect(responses.map((r) => r.status)).toEqual([201, 201, 201, 201, 201, 201]);
    const versions = await Promise.all(responses.map(async (r) => (await r.json()).version));
    expect([...versions].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(await exchange.store.countSubmissions()).toBe(6);
  });
});
