import type { AcceptedData, AcceptedDataQuery, FetchedSubmission } from "../client/exchange-client";
import { onOwnSheet } from "../client/finding-cells";
import {
  diffFigures,
  Finding,
  FigureDiff,
  Observation,
  latestReceipt,
  Receipt,
  ReceiptRecord,
  SheetData,
  sheetToObservations,
  SubmissionRecords,
  SubmissionRequest,
  validateForSubmission,
  withReceipt,
  withSavedJustifications,
} from "../core";
import type { SheetReport } from "../excel";
import { buildRequest } from "./build-request";
import { PaneKey, Text, TextParams, textIn } from "./i18n/pane-text";
import { isUnreachable, OfflineQueue, QueuedSubmission, QueueRunner } from "./offline-queue";
import {
  HistoryCache,
  HistoryFetch,
  historyWarnings,
  HistorySource,
  periodsBefore,
  SheetHistory,
  workbookHistory,
} from "./sheet-history";
import { SignIn } from "./sign-in-store";
import {
  givenJustifications,
  JustificationTexts,
  savedFromTexts,
  textsFromSaved,
  warningsToJustify,
} from "./warnings";

const english = textIn("en");

export type SubmitFn = (call: {
  endpoint: string;
  token: string;
  request: SubmissionRequest;
  idempotencyKey?: string;
}) => Promise<Receipt>;

/** The workbook's record of receipts and justifications (see src/excel/receipt-store.ts). */
export interface RecordsPort {
  read(): Promise<SubmissionRecords>;
  update(change: (records: SubmissionRecords) => SubmissionRecords): Promise<SubmissionRecords>;
}

export interface Refusal {
  message: string;
  findings?: Finding[];
}

/** A resubmission waiting for the official to look at what changed since the accepted version. */
export interface PendingDiff {
  sheet: string;
  acceptedVersion: number;
  diff: FigureDiff;
  request: SubmissionRequest;
  idempotencyKey: string;
}

export interface SubmissionFlowDeps {
  submit: SubmitFn;
  reread: (sheetId: string) => Promise<SheetReport>;
  records: RecordsPort;
  queue: OfflineQueue;
  latestAccepted: (query: AcceptedDataQuery) => Promise<AcceptedData | null>;
  fetchSubmission: (call: {
    endpoint: string;
    token: string;
    id: string;
  }) => Promise<FetchedSubmission>;
  /** The sign-in in force when a request is made (it may change while a submission waits). */
  signIn: () => SignIn;
  /**
   * The country's accepted figures of a template over several periods (see
   * src/client/history.ts); without it, or when it fails, earlier sheets of the workbook serve.
   */
  acceptedHistory?: (query: HistoryFetch) => Promise<Observation[]>;
  /** The pane's words in its current language; English when omitted. */
  text?: () => Text;
  newKey?: () => string;
}

/** A sheet's plausibility warnings, found before sending, and where its history came from. */
export interface HistoryCheck {
  source: HistorySource;
  warnings: Finding[];
}

/** What the pane shows of a submission; each event replaces the parts it names. */
export interface FlowState {
  records?: SubmissionRecords;
  /** Warnings only the exchange could raise (e.g. against accepted history), by sheet. */
  exchangeWarnings?: Record<string, Finding[]>;
  /** Plausibility warnings the pane found against the sheet's history, by sheet. */
  historyChecks?: Record<string, HistoryCheck>;
  queued?: QueuedSubmission[];
  refusal?: Refusal | undefined;
  pendingDiff?: PendingDiff | undefined;
  notice?: string | undefined;
}

/**
 * Submitting one sheet, without React: the checks before sending, the diff against the accepted
 * version, the offline queue, and the receipt recorded in the workbook. The pane's hook only
 * turns its state changes into renders, so all of this is tested in Node.
 */
export class SubmissionFlow {
  readonly runner: QueueRunner;
  private records: SubmissionRecords = { receipts: [], justifications: [] };
  private exchangeWarnings: Record<string, Finding[]> = {};
  private historyChecks: Record<string, HistoryCheck> = {};
  /** The workbook's sheets as last checked, for the history of a sheet when offline. */
  private workbook: SheetReport[] = [];
  /** Each sheet as last read to be sent, where the exchange's findings are found by key. */
  private readonly prepared = new Map<string, SheetData>();
  /** Each sheet's latest check, so an answer arriving after a newer one is dropped. */
  private readonly checking = new Map<string, number>();
  private readonly cache: HistoryCache | undefined;

  constructor(
    private readonly deps: SubmissionFlowDeps,
    private readonly onState: (state: FlowState) => void,
    runnerOptions: Partial<ConstructorParameters<typeof QueueRunner>[0]> = {}
  ) {
    if (deps.acceptedHistory) this.cache = new HistoryCache(deps.acceptedHistory);
    this.runner = new QueueRunner({
      queue: deps.queue,
      send: (entry) => this.deliver(entry.request, entry.idempotencyKey),
      onChange: (queued) => onState({ queued }),
      onSent: (entry, receipt) => this.recordReceipt(entry.sheet, receipt),
      onRefused: (entry, error) =>
        onState({
          refusal: {
            message: this.t("queue.refused", { sheet: entry.sheet, reason: error.message }),
          },
        }),
      ...runnerOptions,
    });
  }

  /** Reads what the workbook and this computer kept, and starts sending what waits. */
  async open(events?: Pick<EventTarget, "addEventListener">): Promise<void> {
    this.records = await this.deps.records.read().catch(() => this.records);
    this.onState({ records: this.records, queued: await this.deps.queue.list() });
    this.runner.start(events);
    await this.refreshStatuses();
  }

  close(events?: Pick<EventTarget, "removeEventListener">): void {
    this.runner.stop(events);
  }

  justificationsOf(sheet: string): JustificationTexts {
    return textsFromSaved(this.records.justifications, sheet);
  }

  /** Keeps a sheet's justifications in the workbook, next to its receipts. */
  async saveJustifications(sheet: string, texts: JustificationTexts): Promise<void> {
    this.records = await this.deps.records.update((r) =>
      withSavedJustifications(r, sheet, savedFromTexts(texts))
    );
    this.onState({ records: this.records });
  }

  /**
   * Re-reads and checks the sheet, builds the request with the justifications, and either sends
   * it or, when the same data was accepted before, stops at the diff for the official to confirm.
   */
  async prepare(sheetId: string, texts: JustificationTexts): Promise<void> {
    this.onState({ refusal: undefined, notice: undefined, pendingDiff: undefined });
    const report = await this.deps.reread(sheetId);
    if (report.kind !== "template") {
      this.onState({ refusal: { message: this.t("submit.notTemplate", { sheet: report.sheet }) } });
      return;
    }
    const { data } = report;
    this.prepared.set(report.sheet, data);
    const history = await this.historyOf(data);
    const checked = validateForSubmission(data.template, data, { history: history.observations });
    const errors = blockingErrors(report.findings, checked);
    if (errors.length > 0) {
      this.onState({ refusal: { message: this.t("submit.errors"), findings: errors } });
      return;
    }
    const unusual = checked.filter((f) => f.severity === "warning" && f.history !== undefined);
    this.keepHistoryCheck(report.sheet, { source: history.source, warnings: unusual });
    const findings = [
      ...report.findings,
      ...unusual,
      ...(this.exchangeWarnings[report.sheet] ?? []),
    ];
    const warnings = warningsToJustify(findings);
    const justifications = givenJustifications(warnings, texts);
    if (justifications.length < warnings.length) {
      const count = warnings.length - justifications.length;
      this.onState({ refusal: { message: this.t("submit.unjustified", { count }) } });
      return;
    }
    await this.saveJustifications(report.sheet, texts).catch(() => undefined);
    const request = buildRequest(data, { findings, justifications });
    const idempotencyKey = (this.deps.newKey ?? (() => crypto.randomUUID()))();

    const accepted = await this.lastAccepted(request);
    if (accepted) {
      const diff = diffFigures(data.template, accepted.observations, sheetToObservations(data));
      this.onState({
        pendingDiff: {
          sheet: report.sheet,
          acceptedVersion: accepted.receipt.version,
          diff,
          request,
          idempotencyKey,
        },
      });
      return;
    }
    await this.send(report.sheet, request, idempotencyKey);
  }

  /** The official has seen the diff and sends the resubmission. */
  async confirm(pending: PendingDiff): Promise<void> {
    this.onState({ pendingDiff: undefined });
    await this.send(pending.sheet, pending.request, pending.idempotencyKey);
  }

  cancel(): void {
    this.onState({ pendingDiff: undefined });
  }

  /**
   * Finds a sheet's plausibility warnings before it is sent, so the official justifies them
   * before pressing Submit rather than after the exchange refuses. `workbook` is every sheet as
   * last read: when the exchange cannot be asked, the earlier sheets of the same template in it
   * are the history.
   */
  async checkHistory(report: SheetReport, workbook: SheetReport[]): Promise<void> {
    this.workbook = workbook;
    if (report.kind !== "template") return;
    const turn = (this.checking.get(report.sheet) ?? 0) + 1;
    this.checking.set(report.sheet, turn);
    const history = await this.historyOf(report.data);
    if (this.checking.get(report.sheet) !== turn) return;
    this.keepHistoryCheck(report.sheet, {
      source: history.source,
      warnings: historyWarnings(report.data, history.observations),
    });
  }

  private async historyOf(sheet: SheetData): Promise<SheetHistory> {
    const periods = periodsBefore(sheet);
    const endpoint = this.deps.signIn().endpoint.trim();
    const token = this.deps.signIn().token.trim();
    if (this.cache && periods.length > 0 && endpoint && token) {
      const { id: templateId } = sheet.template;
      const query = { endpoint, token, templateId, country: sheet.country, periods };
      try {
        return { source: "exchange", observations: await this.cache.get(query) };
      } catch {
        // Unreachable or refused: the earlier sheets in the workbook are the history instead.
      }
    }
    return { source: "workbook", observations: workbookHistory(sheet, this.workbook) };
  }

  private keepHistoryCheck(sheet: string, check: HistoryCheck): void {
    this.historyChecks = { ...this.historyChecks, [sheet]: check };
    this.onState({ historyChecks: this.historyChecks });
  }

  private t(key: PaneKey, params?: TextParams): string {
    return (this.deps.text?.() ?? english)(key, params);
  }

  private async lastAccepted(request: SubmissionRequest): Promise<AcceptedData | null> {
    const { endpoint, token } = this.deps.signIn();
    try {
      return await this.deps.latestAccepted({
        endpoint,
        token,
        templateId: request.templateId,
        country: request.country,
        period: request.period,
      });
    } catch {
      // Unreachable or refused: the submission itself will say so, or wait in the queue.
      return null;
    }
  }

  private deliver(request: SubmissionRequest, idempotencyKey: string): Promise<Receipt> {
    const { endpoint, token } = this.deps.signIn();
    return this.deps.submit({
      endpoint: endpoint.trim(),
      token: token.trim(),
      request,
      idempotencyKey,
    });
  }

  private async send(sheet: string, request: SubmissionRequest, idempotencyKey: string) {
    try {
      await this.recordReceipt(sheet, await this.deliver(request, idempotencyKey));
    } catch (error) {
      if (isUnreachable(error)) {
        await this.runner.enqueue({
          idempotencyKey,
          sheet,
          request,
          queuedAt: new Date().toISOString(),
        });
        this.onState({ notice: this.t("queue.queued") });
        return;
      }
      const found = (error as { findings?: Finding[] }).findings ?? [];
      const data = this.prepared.get(sheet);
      const findings = data ? onOwnSheet(found, data) : found;
      const toJustify = this.keepExchangeWarnings(sheet, findings);
      const others = findings.filter((f) => !toJustify.includes(f));
      const message =
        toJustify.length > 0 && others.length === 0
          ? this.t("submit.exchangeWarnings", { count: toJustify.length })
          : (error as Error).message;
      this.onState({ refusal: { message, findings: others } });
    }
  }

  /**
   * Warnings the exchange refused the data for (unjustified), so the pane lists them for a
   * justification, each at its cell in the workbook: the exchange's own layout of the rows may
   * differ from the sheet's, so the cell was found by the warning's key (see send).
   */
  private keepExchangeWarnings(sheet: string, findings: Finding[]): Finding[] {
    const warnings = findings.filter((f) => f.severity === "warning" && f.key);
    if (warnings.length === 0) return [];
    this.exchangeWarnings = { ...this.exchangeWarnings, [sheet]: warnings };
    this.onState({ exchangeWarnings: this.exchangeWarnings });
    return warnings;
  }

  private async recordReceipt(sheet: string, receipt: Receipt): Promise<void> {
    if (this.exchangeWarnings[sheet]) {
      const others = { ...this.exchangeWarnings };
      delete others[sheet];
      this.exchangeWarnings = others;
      this.onState({ exchangeWarnings: others });
    }
    const record: ReceiptRecord = {
      sheet,
      templateId: receipt.templateId,
      templateVersion: receipt.templateVersion,
      country: receipt.country,
      period: receipt.period,
      submissionId: receipt.submissionId,
      version: receipt.version,
      receivedAt: receipt.receivedAt,
      sha256: receipt.sha256,
      observations: receipt.observations,
      status: "received",
    };
    this.records = withReceipt(this.records, record);
    this.onState({ records: this.records, notice: undefined });
    await this.writeRecord(record);
    await this.refreshStatus(record);
  }

  private async writeRecord(record: ReceiptRecord): Promise<void> {
    try {
      this.records = await this.deps.records.update((r) => withReceipt(r, record));
      this.onState({ records: this.records });
    } catch (error) {
      this.onState({
        refusal: {
          message: this.t("receipt.notWritten", {
            id: record.submissionId,
            reason: (error as Error).message,
          }),
        },
      });
    }
  }

  /** Asks the exchange for the review status of each sheet's latest submission. */
  async refreshStatuses(): Promise<void> {
    const sheets = new Set(this.records.receipts.map((r) => r.sheet));
    for (const sheet of sheets) {
      const latest = latestReceipt(this.records, sheet);
      if (latest) await this.refreshStatus(latest);
    }
  }

  private async refreshStatus(record: ReceiptRecord): Promise<void> {
    const { endpoint, token } = this.deps.signIn();
    if (!token.trim()) return;
    let fetched: FetchedSubmission;
    try {
      fetched = await this.deps.fetchSubmission({ endpoint, token, id: record.submissionId });
    } catch {
      return;
    }
    const comment = fetched.comment ?? undefined;
    if (fetched.status === record.status && comment === record.reviewComment) return;
    const updated: ReceiptRecord = { ...record, status: fetched.status };
    if (comment) updated.reviewComment = comment;
    else delete updated.reviewComment;
    await this.writeRecord(updated);
  }
}

/**
 * The errors that stop a submission: the sheet's own (its stamps included) and those only checked
 * before submitting (blank figure cells), each once.
 */
function blockingErrors(current: Finding[], forSubmission: Finding[]): Finding[] {
  const seen = new Set<string>();
  return [...current, ...forSubmission].filter((f) => {
    const id = `${f.ruleId}|${f.sheet ?? ""}|${f.address ?? ""}|${f.message}`;
    if (f.severity !== "error" || seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
