import {
  emptySheet,
  Finding,
  getTemplate,
  keyString,
  observationKeyOf,
  Observation,
  readSdmxCsv,
  SheetData,
  sheetToObservations,
  validateSheet,
  writeSdmxCsv,
} from "../../src/core";
import { fetchLatestAccepted, fetchSubmission } from "../../src/client/exchange-client";
import {
  describeEachStore,
  getWith,
  post,
  requestOf,
  review,
  startTestExchange,
  TestExchange,
  tokenFor,
  tokenWithRole,
} from "./exchange-fixture";

const template = getTemplate("EIRTN1");

/**
 * Quarterly returns of Syrians to one destination with every identity that is an error holding
 * but four totals of return type (a warning) that their parts do not explain: 1 vs 0. The sheet
 * has the rows a new sheet has, so the exchange names the same cells.
 */
function warnedSheet(): SheetData {
  const sheet = emptySheet(template, "ME", "2026-Q2", "common");
  for (const row of sheet.values) row.fill(0);
  const { rowKeys, colKeys } = sheet.layout;
  const destination = colKeys[0].c_dest;
  for (const [r, rowKey] of rowKeys.entries()) {
    if (rowKey.citizen !== "SY" && rowKey.citizen !== "TOTAL") continue;
    for (const [c, colKey] of colKeys.entries()) {
      if (
        colKey.c_dest === destination &&
        colKey.return === "TOTAL" &&
        (colKey.sex === "T" || colKey.sex === "F")
      ) {
        sheet.values[r][c] = 1;
      }
    }
  }
  return sheet;
}

function warningsOf(sheet: SheetData): Finding[] {
  return validateSheet(sheet).filter((f) => f.severity === "warning");
}

/** The sheet's observations, those the warnings are about commented with `text(finding)`. */
function commented(sheet: SheetData, text: (f: Finding, i: number) => string | undefined) {
  const dims = template.dimensions.map((d) => d.id);
  const comments = new Map<string, string>();
  warningsOf(sheet).forEach((f, i) => {
    const key = observationKeyOf(template, sheet.country, f)!;
    const comment = text(f, i);
    if (comment !== undefined) comments.set(keyString(key, dims), comment);
  });
  return sheetToObservations(sheet).map((o): Observation => {
    const comment = comments.get(keyString(o.key, dims));
    return comment === undefined ? o : { ...o, comment };
  });
}

describeEachStore((kind) => {
  let exchange: TestExchange;
  let token: string;

  beforeAll(async () => {
    exchange = await startTestExchange(kind);
    token = await tokenFor(exchange, "ME");
  });

  afterAll(() => exchange.close());

  test("the fixture has warnings and no error", () => {
    const findings = validateSheet(warnedSheet());
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(warningsOf(warnedSheet()).map((f) => f.ruleId)).toEqual(Array(4).fill("return-total"));
  });

  test("warnings without a justification are refused, listed by cell, and nothing is stored", async () => {
    const sheet = warnedSheet();
    const csv = writeSdmxCsv(
      template,
      commented(sheet, (_f, i) =>
        i === 0 ? "Counted in the total, type not yet known" : undefined
      )
    );
    const before = await exchange.store.countSubmissions();
    const response = await post(exchange, token, requestOf(sheet, csv));
    const body = await response.json();

    expect(response.status).toBe(422);
    expect(body.error).toMatch(/^3 warnings have no justification; nothing was stored/);
    const expected = warningsOf(sheet).slice(1);
    expect(body.unjustified).toEqual(
      expected.map((f) => ({
        ruleId: f.ruleId,
        message: f.message,
        address: f.address,
        key: f.key,
      }))
    );
    expect(body.error).toContain(expected[0].address);
    expect(await exchange.store.countSubmissions()).toBe(before);
    expect(await exchange.store.receivedSubmissions()).toEqual([]);
    const last = (await exchange.store.auditLog()).slice(-2);
    expect(last.map((e) => [e.action, e.fromStatus, e.toStatus, e.detail])).toEqual([
      ["submission.received", null, "received", null],
      ["submission.refused", "received", null, "refused with HTTP 422"],
    ]);
  });

  test("justified warnings are stored with their texts and come back from the exchange", async () => {
    const sheet = warnedSheet();
    const text = (_f: Finding, i: number) => `Returns of unknown type follow in Q3 (${i + 1})`;
    const csv = writeSdmxCsv(template, commented(sheet, text));
    const response = await post(exchange, token, requestOf(sheet, csv));
    expect(response.status).toBe(201);
    const receipt = await response.json();
    expect(receipt.findings).toEqual({ errors: 0, warnings: 4 });

    const fetched = await fetchSubmission({
      endpoint: exchange.url,
      token,
      id: receipt.submissionId,
    });
    expect(fetched.sdmxCsv).toBe(csv);
    expect(fetched.sdmxCsv.split("\n")[0]).toMatch(/,COMMENT_OBS$/);
    expect(fetched.status).toBe("validated");
    expect(fetched.findings).toEqual(
      warningsOf(sheet).map((f, i) => ({
        ruleId: "return-total",
        severity: "warning",
        message: f.message,
        address: f.address,
        key: f.key,
        justification: text(f, i),
      }))
    );

    const reviewer = await tokenWithRole(exchange, "XK", "reviewer");
    const decided = await review(exchange, reviewer, receipt.submissionId, {
      decision: "accept",
      comment: "Checked with the ministry",
    });
    expect(decided.status).toBe(200);
    const accepted = await fetchSubmission({
      endpoint: exchange.url,
      token,
      id: receipt.submissionId,
    });
    expect(accepted).toMatchObject({ status: "accepted", comment: "Checked with the ministry" });
    expect(accepted.reviewedAt).toEqual(expect.any(String));

    const reader = await tokenWithRole(exchange, "RS", "reader");
    const query = { dataset: "MIGR_EIRTN1", country: "ME", period: "2026-Q2" };
    const path = `/data?${new URLSearchParams(query).toString()}`;
    const published = await getWith(exchange, reader, path, {
      Accept: "application/vnd.sdmx.data+csv; version=2.0.0",
    });
    expect(published.text).toBe(csv);
    const json = await getWith(exchange, reader, path);
    const observations = (json.body as { observations: Observation[] }).observations;
    expect(observations).toEqual(
      readSdmxCsv(csv, template).observations.map((o) => ({ ...o, line: undefined }))
    );
    expect(observations.filter((o) => o.comment !== undefined)).toHaveLength(4);

    const latest = await fetchLatestAccepted({
      endpoint: exchange.url,
      token: reader,
      templateId: "EIRTN1",
      country: "ME",
      period: "2026-Q2",
    });
    expect(latest?.receipt.submissionId).toBe(receipt.submissionId);
    expect(latest?.observations).toEqual(observations);
  });

  test("no accepted version yet is null, not an error", async () => {
    const latest = await fetchLatestAccepted({
      endpoint: exchange.url,
      token,
      templateId: "EIRTN1",
      country: "ME",
      period: "2025-Q1",
    });
    expect(latest).toBeNull();
  });

  test("a submission returned for correction shows the reviewer's comment", async () => {
    const sheet = warnedSheet();
    const csv = writeSdmxCsv(
      template,
      commented(sheet, () => "Type of return still open")
    );
    const receipt = await (await post(exchange, token, requestOf(sheet, csv))).json();
    const reviewer = await tokenWithRole(exchange, "XK", "reviewer");
    await review(exchange, reviewer, receipt.submissionId, {
      decision: "return",
      comment: "Give the type of each return",
    });
    const fetched = await fetchSubmission({
      endpoint: exchange.url,
      token,
      id: receipt.submissionId,
    });
    expect(fetched).toMatchObject({ status: "returned", comment: "Give the type of each return" });
  });
});
