import {
  AcceptedDataQuery,
  fetchLatestAccepted,
  fetchSubmission,
  submitToExchange,
} from "../../src/client/exchange-client";
import { ExchangeError } from "../../src/client/exchange-error";
import { fetchAcceptedHistory, HistoryQuery } from "../../src/client/history";
import { historyPeriods, latestReceipt, SheetData, SubmissionRecords } from "../../src/core";
import type { SheetReport } from "../../src/excel";
import { memoryStore } from "../../src/taskpane/local-store";
import { OfflineQueue } from "../../src/taskpane/offline-queue";
import { workbookHistory } from "../../src/taskpane/sheet-history";
import { FlowState, RecordsPort, SubmissionFlow } from "../../src/taskpane/submission-flow";
import { warningsToJustify } from "../../src/taskpane/warnings";
import {
  consistentSheet,
  requestOf,
  review,
  startTestExchange,
  TestExchange,
  tokenFor,
  tokenWithRole,
} from "../server/exchange-fixture";

const SHEET = "ASYAPPCTZM";
const UNREACHABLE = "http://127.0.0.1:9";
const EARLIER = ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06"];

/** The July sheet as an official sends it: every figure cell filled, 0 where there were none. */
function julyWith(count: number): SheetData {
  const sheet = consistentSheet("ME", "2024-07", count);
  return { ...sheet, values: sheet.values.map((row) => row.map((v) => v ?? 0)) };
}

function reportOf(data: SheetData, sheet = SHEET): SheetReport {
  return { kind: "template", sheetId: sheet, sheet, data, findings: [] };
}

function memoryRecords(): RecordsPort {
  let records: SubmissionRecords = { receipts: [], justifications: [] };
  return {
    read: async () => records,
    update: async (change) => (records = change(records)),
  };
}

describe("the history of a sheet, before it is sent", () => {
  let exchange: TestExchange;
  let token: string;
  let reviewer: string;

  beforeAll(async () => {
    exchange = await startTestExchange();
    token = await tokenFor(exchange, "ME");
    reviewer = await tokenWithRole(exchange, "ME", "reviewer");
    // Six accepted months with 3 applicants in one cell: 900 in July is far outside that.
    for (const period of EARLIER) {
      const receipt = await submitToExchange({
        endpoint: exchange.url,
        token,
        request: requestOf(consistentSheet("ME", period, 3)),
      });
      await review(exchange, reviewer, receipt.submissionId, { decision: "accept" });
    }
  }, 60_000);
  afterAll(() => exchange.close());

  /** A flow over the loopback exchange; `asked` counts the periods requested from it. */
  function flowOver(endpoint: () => string, july: SheetData) {
    let state: FlowState = {};
    const asked: string[] = [];
    const sent: string[] = [];
    const flow = new SubmissionFlow(
      {
        submit: (call) => {
          sent.push(call.request.sdmxCsv);
          return submitToExchange(call);
        },
        reread: async () => reportOf(july),
        records: memoryRecords(),
        queue: new OfflineQueue(memoryStore()),
        latestAccepted: fetchLatestAccepted,
        fetchSubmission,
        acceptedHistory: (query) =>
          fetchAcceptedHistory(query, (one: AcceptedDataQuery) => {
            asked.push(one.period);
            return fetchLatestAccepted(one);
          }),
        signIn: () => ({ endpoint: endpoint(), token }),
      },
      (change) => (state = { ...state, ...change }),
      { schedule: () => () => undefined }
    );
    return { flow, asked, sent, state: () => state };
  }

  it("fetches a country's accepted figures over the periods the check reads", async () => {
    const query: HistoryQuery = {
      endpoint: exchange.url,
      token,
      templateId: SHEET,
      country: "ME",
      periods: historyPeriods("2024-07", "M"),
    };
    const observations = await fetchAcceptedHistory(query);
    expect(new Set(observations.map((o) => o.period))).toEqual(new Set(EARLIER));
    expect(observations.every((o) => o.key.geo === "ME")).toBe(true);
    expect(await fetchAcceptedHistory({ ...query, country: "AL" })).toEqual([]);
  });

  it("throws when the exchange cannot be reached, rather than judge on no history", async () => {
    const query = { endpoint: UNREACHABLE, token, templateId: SHEET, country: "ME" };
    await expect(
      fetchAcceptedHistory({ ...query, periods: historyPeriods("2024-07", "M") })
    ).rejects.toMatchObject({ status: 0 });
    await expect(fetchAcceptedHistory({ ...query, periods: ["2024-06"] })).rejects.toBeInstanceOf(
      ExchangeError
    );
  });

  it("warns of figures far outside the accepted history, each with its history, and caches it", async () => {
    const july = julyWith(900);
    const { flow, asked, state } = flowOver(() => exchange.url, july);
    await flow.checkHistory(reportOf(july), [reportOf(july)]);

    const check = state().historyChecks?.[SHEET];
    expect(check?.source).toBe("exchange");
    expect(check!.warnings.length).toBeGreaterThan(0);
    for (const warning of check!.warnings) {
      expect(warning).toMatchObject({ severity: "warning", actual: 900 });
      expect(warning.address).toMatch(/^[A-Z]+\d+$/);
      expect(warning.history?.points.map((p) => p.period)).toEqual(EARLIER);
      expect(warning.history?.points.every((p) => p.value === 3)).toBe(true);
    }
    expect(asked).toHaveLength(12);

    // Another edit of the same sheet: the history is not asked for again.
    const edited = julyWith(4);
    await flow.checkHistory(reportOf(edited), [reportOf(edited)]);
    expect(state().historyChecks?.[SHEET]?.warnings).toEqual([]);
    expect(asked).toHaveLength(12);
  });

  it("uses earlier sheets of the same template in the workbook when the exchange is away", async () => {
    const july = julyWith(900);
    const earlier = EARLIER.map((period) => reportOf(consistentSheet("ME", period, 3), period));
    const unrelated = [
      reportOf(consistentSheet("AL", "2024-05", 3), "AL"),
      reportOf(consistentSheet("ME", "2023-01", 900), "old"),
    ];
    expect(workbookHistory(july, [...earlier, ...unrelated]).map((o) => o.period)).not.toContain(
      "2023-01"
    );
    const { flow, state } = flowOver(() => UNREACHABLE, july);

    await flow.checkHistory(reportOf(july), [reportOf(july), ...unrelated]);
    expect(state().historyChecks?.[SHEET]).toEqual({ source: "workbook", warnings: [] });

    await flow.checkHistory(reportOf(july), [reportOf(july), ...earlier, ...unrelated]);
    const check = state().historyChecks?.[SHEET];
    expect(check?.source).toBe("workbook");
    expect(check!.warnings.length).toBeGreaterThan(0);
    expect(check!.warnings[0].history?.points).toHaveLength(6);
  });

  it("asks for the justifications before sending, and the exchange keeps them", async () => {
    const july = julyWith(900);
    const { flow, sent, state } = flowOver(() => exchange.url, july);
    await flow.checkHistory(reportOf(july), [reportOf(july)]);
    const warnings = warningsToJustify(state().historyChecks![SHEET].warnings);
    const before = await exchange.store.countSubmissions();

    await flow.prepare(SHEET, {});
    expect(state().refusal?.message).toMatch(/figures with a warning have no justification yet/);
    expect(sent).toEqual([]);

    const texts = Object.fromEntries(warnings.map((w) => [w.id, "A reception centre opened."]));
    await flow.prepare(SHEET, texts);
    expect(state().refusal).toBeUndefined();
    expect(await exchange.store.countSubmissions()).toBe(before + 1);
    const receipt = latestReceipt(state().records!, SHEET)!;
    const stored = await fetchSubmission({
      endpoint: exchange.url,
      token,
      id: receipt.submissionId,
    });
    expect(stored.findings).toHaveLength(warnings.length);
    expect(stored.findings.every((f) => f.justification === "A reception centre opened.")).toBe(
      true
    );
  }, 30_000);
});
