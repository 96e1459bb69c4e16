import { installFakeOffice, FakeExcelHost } from "../fake-excel";
import {
  fetchLatestAccepted,
  fetchSubmission,
  submitToExchange,
} from "../../src/client/exchange-client";
import {
  cellAddress,
  dataCellAddress,
  Finding,
  SheetData,
  parseCell,
  readSdmxCsv,
  getTemplate,
  latestReceipt,
} from "../../src/core";
import {
  addRow,
  loadTemplate,
  readSheetReport,
  readSubmissionRecords,
  updateSubmissionRecords,
} from "../../src/excel";
import { memoryStore } from "../../src/taskpane/local-store";
import { OfflineQueue } from "../../src/taskpane/offline-queue";
import { FlowState, SubmissionFlow } from "../../src/taskpane/submission-flow";
import { warningsToJustify } from "../../src/taskpane/warnings";
import {
  consistentSheet,
  review,
  startTestExchange,
  TestExchange,
  tokenFor,
  tokenWithRole,
} from "../server/exchange-fixture";

const SHEET = "ASYAPPCTZM";
const template = getTemplate(SHEET);

describe("submitting a sheet from the pane", () => {
  let exchange: TestExchange;
  let token: string;
  let reviewer: string;
  let host: FakeExcelHost;
  let state: FlowState;
  let endpoint: string;
  let sheetId: string;

  beforeAll(async () => {
    exchange = await startTestExchange();
    token = await tokenFor(exchange, "ME");
    reviewer = await tokenWithRole(exchange, "ME", "reviewer");
  });
  afterAll(() => exchange.close());

  /**
   * Fills the sheet with figures where every identity holds: `count` people in one cell of the
   * citizenship `citizen` (Ukraine unless said), after adding rows for the codes `added`, one
   * by one at the end of the sheet as the pane adds them.
   */
  async function openSheet(period: string, count = 0, added: string[] = [], citizen = "UA") {
    host = installFakeOffice(globalThis);
    let report = await loadTemplate({ templateId: SHEET, country: "ME", period });
    for (const code of added) report = await addRow(report.sheetId, code);
    if (report.kind !== "template") throw new Error("not a template");
    seedFigures(report.data, period, count, citizen);
    sheetId = report.sheetId;
    return report.data;
  }

  /** The consistent sheet's Ukrainian figures moved to the row of `citizen`. */
  function figuresOf(period: string, count: number, citizen: string): SheetData {
    const consistent = consistentSheet("ME", period, count);
    const { rowKeys } = consistent.layout;
    const from = rowKeys.findIndex((k) => k.citizen === "UA");
    const to = rowKeys.findIndex((k) => k.citizen === citizen);
    [consistent.values[from], consistent.values[to]] = [
      consistent.values[to],
      consistent.values[from],
    ];
    return consistent;
  }

  function seedFigures(data: SheetData, period: string, count: number, citizen = "UA") {
    const { layout } = data;
    const consistent = figuresOf(period, count, citizen);
    const figures = new Map<string, number>();
    consistent.layout.rowKeys.forEach((row, r) =>
      consistent.layout.colKeys.forEach((col, c) =>
        figures.set(JSON.stringify({ ...row, ...col }), Number(consistent.values[r][c] ?? 0))
      )
    );
    const values = layout.rowKeys.map((row) =>
      layout.colKeys.map((col) => figures.get(JSON.stringify({ ...row, ...col })) ?? 0)
    );
    host.seed(SHEET, dataCellAddress(data, 0, 0), values);
  }

  /** The row and column codes the sheet shows for a figure cell, read from the workbook. */
  function codesAt(address: string): Record<string, string> {
    const { row, col } = parseCell(address);
    const codeAt = (r: number, c: number) => String(host.values(SHEET, cellAddress(r, c))[0][0]);
    const { layout } = consistentSheet("ME", "2026-01", 0);
    return {
      citizen: codeAt(row, 0),
      ...Object.fromEntries(
        layout.colDims.map((dim, i) => [dim, codeAt(layout.codeRowOf(i), col)])
      ),
    };
  }

  /** A finding's row and column codes. */
  function shownCodes(finding: Finding): Record<string, string> {
    const { citizen, applicant, sex, age } = finding.key!;
    return { citizen, applicant, sex, age };
  }

  function flow() {
    state = {};
    endpoint = exchange.url;
    const made = new SubmissionFlow(
      {
        submit: submitToExchange,
        reread: (id) => readSheetReport(id),
        records: { read: () => readSubmissionRecords(), update: updateSubmissionRecords },
        queue: new OfflineQueue(memoryStore()),
        latestAccepted: fetchLatestAccepted,
        fetchSubmission,
        signIn: () => ({ endpoint, token }),
      },
      (change) => (state = { ...state, ...change }),
      { schedule: () => () => undefined }
    );
    return made;
  }

  it("sends a clean sheet, records the receipt in the workbook, and finds it after reopening", async () => {
    await openSheet("2025-01");
    const first = flow();
    await first.open(new EventTarget());
    await first.prepare(sheetId, {});

    expect(state.refusal).toBeUndefined();
    const recorded = latestReceipt(await readSubmissionRecords(), SHEET);
    expect(recorded).toMatchObject({ version: 1, status: "validated", country: "ME" });
    expect(recorded?.sha256).toMatch(/^[0-9a-f]{64}$/);

    const reopened = flow();
    await reopened.open(new EventTarget());
    expect(latestReceipt(state.records!, SHEET)?.submissionId).toBe(recorded?.submissionId);
  });

  it("refuses a sheet with blank figure cells before anything is sent", async () => {
    await openSheet("2025-02");
    host.seed(SHEET, "D20", [[""]]);
    const before = await exchange.store.countSubmissions();
    const f = flow();
    await f.prepare(sheetId, {});
    expect(state.refusal?.message).toMatch(/errors/);
    expect(state.refusal?.findings?.length).toBeGreaterThan(0);
    expect(await exchange.store.countSubmissions()).toBe(before);
  });

  it("shows the diff against the accepted version before a resubmission, then sends version 2", async () => {
    const data = await openSheet("2025-03");
    const f = flow();
    await f.prepare(sheetId, {});
    const first = latestReceipt(await readSubmissionRecords(), SHEET)!;
    expect(
      (await review(exchange, reviewer, first.submissionId, { decision: "accept" })).status
    ).toBe(200);

    seedFigures(data, "2025-03", 7);
    await f.prepare(sheetId, {});
    expect(state.refusal).toBeUndefined();
    const pending = state.pendingDiff;
    expect(pending?.acceptedVersion).toBe(1);
    expect(pending?.diff.changed.length).toBeGreaterThan(0);
    expect(pending?.diff.changed.some((c) => c.before === 0 && c.after === 7)).toBe(true);
    expect(
      pending?.diff.changed.some((c) => /^Ukraine, First time applicant, Females, /.test(c.label))
    ).toBe(true);

    await f.confirm(pending!);
    expect(latestReceipt(await readSubmissionRecords(), SHEET)?.version).toBe(2);
  });

  it("shows the reviewer's comment on a returned submission", async () => {
    await openSheet("2025-04");
    const f = flow();
    await f.prepare(sheetId, {});
    const sent = latestReceipt(await readSubmissionRecords(), SHEET)!;
    await review(exchange, reviewer, sent.submissionId, {
      decision: "return",
      comment: "Row Syria: check the age groups.",
    });

    const reopened = flow();
    await reopened.open(new EventTarget());
    expect(latestReceipt(state.records!, SHEET)).toMatchObject({
      status: "returned",
      reviewComment: "Row Syria: check the age groups.",
    });
  });

  it("queues the submission when the exchange is unreachable and sends it once it is back", async () => {
    await openSheet("2025-05");
    const f = flow();
    endpoint = "http://127.0.0.1:9";
    const before = await exchange.store.countSubmissions();
    await f.prepare(sheetId, {});
    expect(state.queued).toHaveLength(1);
    expect(state.notice).toMatch(/kept on this computer/);

    endpoint = exchange.url;
    await f.runner.flush();
    expect(state.queued).toEqual([]);
    expect(await exchange.store.countSubmissions()).toBe(before + 1);
    expect(latestReceipt(await readSubmissionRecords(), SHEET)?.period).toBe("2025-05");
    f.close(new EventTarget());
  }, 30_000);

  it("puts each justification on the observation of its warning's cell", async () => {
    const data = await openSheet("2025-06");
    const report = await readSheetReport(sheetId);
    expect(report.kind).toBe("template");
    const sent: string[] = [];
    const f = new SubmissionFlow(
      {
        submit: async (call) => {
          sent.push(call.request.sdmxCsv);
          throw new Error("stop here");
        },
        reread: async () =>
          report.kind === "template"
            ? {
                ...report,
                findings: [
                  {
                    ruleId: "plausible",
                    severity: "warning",
                    messageId: "value.negative",
                    params: {},
                    message: "far outside history",
                    key: { ...data.layout.rowKeys[0], ...data.layout.colKeys[0] },
                  },
                ],
              }
            : report,
        records: { read: () => readSubmissionRecords(), update: updateSubmissionRecords },
        queue: new OfflineQueue(memoryStore()),
        latestAccepted: async () => null,
        fetchSubmission,
        signIn: () => ({ endpoint: exchange.url, token }),
      },
      (change) => (state = { ...state, ...change })
    );
    state = {};
    await f.prepare(sheetId, {});
    expect(state.refusal?.message).toMatch(/no justification/);
    expect(sent).toEqual([]);

    const id = `plausible@${Object.entries({ ...data.layout.rowKeys[0], ...data.layout.colKeys[0] })
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([d, c]) => `${d}=${c}`)
      .join(";")}`;
    await f.prepare(sheetId, { [id]: "A camp opened in May." });
    const commented = readSdmxCsv(sent[0], template).observations.filter((o) => o.comment);
    expect(commented).toEqual([
      expect.objectContaining({
        key: expect.objectContaining(data.layout.rowKeys[0]),
        comment: "A camp opened in May.",
      }),
    ]);
    expect(f.justificationsOf(SHEET)).toEqual({ [id]: "A camp opened in May." });
    expect((await readSubmissionRecords()).justifications).toHaveLength(1);
  });

  it("lists the exchange's unjustified warnings for a justification, and sends them as comments", async () => {
    for (const month of ["01", "02", "03", "04", "05", "06"]) {
      await openSheet(`2023-${month}`, 3);
      const f = flow();
      await f.prepare(sheetId, {});
      const sent = latestReceipt(await readSubmissionRecords(), SHEET)!;
      await review(exchange, reviewer, sent.submissionId, { decision: "accept" });
    }
    await openSheet("2023-07", 900);
    const f = flow();
    const before = await exchange.store.countSubmissions();
    await f.prepare(sheetId, {});

    expect(state.refusal?.message).toMatch(
      /The exchange found \d+ figures that need a justification/
    );
    expect(state.refusal?.findings).toEqual([]);
    const warnings = state.exchangeWarnings?.[SHEET] ?? [];
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings.every((w) => w.severity === "warning")).toBe(true);
    for (const w of warnings) expect(codesAt(w.address!)).toEqual(shownCodes(w));
    expect(await exchange.store.countSubmissions()).toBe(before);

    await f.prepare(sheetId, {});
    expect(state.refusal?.message).toMatch(/no justification yet/);
    expect(await exchange.store.countSubmissions()).toBe(before);

    const texts = Object.fromEntries(
      warningsToJustify(warnings).map((w) => [w.id, "A reception centre opened in July."])
    );
    await f.prepare(sheetId, texts);
    expect(state.refusal).toBeUndefined();
    expect(state.exchangeWarnings?.[SHEET]).toBeUndefined();
    const receipt = latestReceipt(await readSubmissionRecords(), SHEET)!;
    const stored = await fetchSubmission({
      endpoint: exchange.url,
      token,
      id: receipt.submissionId,
    });
    expect(stored.findings.length).toBe(warnings.length);
    expect(
      stored.findings.every((w) => w.justification === "A reception centre opened in July.")
    ).toBe(true);
  }, 60_000);

  it("points the exchange's warnings at the workbook's own cells when rows were added out of the template's order", async () => {
    // The template has Belgium before Germany; the official added Germany first.
    const added = ["DE", "BE"];
    for (const month of ["01", "02", "03", "04", "05", "06"]) {
      await openSheet(`2022-${month}`, 3, added, "DE");
      await flow().prepare(sheetId, {});
      const sent = latestReceipt(await readSubmissionRecords(), SHEET)!;
      await review(exchange, reviewer, sent.submissionId, { decision: "accept" });
    }
    const data = await openSheet("2022-07", 900, added, "DE");
    const germany = data.layout.firstDataRow + data.layout.rowKeys.length - 2;
    const f = flow();
    await f.prepare(sheetId, {});

    expect(state.refusal?.message).toMatch(
      /The exchange found \d+ figures that need a justification/
    );
    const warnings = state.exchangeWarnings?.[SHEET] ?? [];
    const onGermany = warnings.filter((w) => w.key?.citizen === "DE");
    expect(onGermany.length).toBeGreaterThan(0);
    for (const w of warnings) expect(codesAt(w.address!)).toEqual(shownCodes(w));
    for (const w of onGermany) {
      expect(parseCell(w.address!).row).toBe(germany);
      expect(w.message).toMatch(/^Germany, /);
    }
  }, 60_000);
});
