import type { z } from "zod";
import type { Finding, Observation, Receipt, SubmissionRequest } from "../core";
import type * as Answers from "./exchange-answers";
import { apiBaseOf, checkTokenText } from "./exchange-address";
import { ExchangeError } from "./exchange-error";
import {
  busyMessage,
  receiptMismatchMessage,
  RefusalFacts,
  refusalMessage,
  timeoutMessage,
  unexpectedAnswerMessage,
  unreachableMessage,
} from "./exchange-messages";
import { withPlainText } from "./plain-text";
import { receiptDifferences } from "./receipt-check";
import { DEFAULT_ATTEMPTS, isRetryable, RetryOptions, withRetries } from "./retry";

// Only global fetch and AbortController: this module runs in Node 20 and in the task pane.

const DEFAULT_TIMEOUT_MS = 60_000;

/** Answer fields that are data, handed on unchanged; every other string is made plain text. */
const DATA_FIELDS: ReadonlySet<string> = new Set(["sdmxCsv"]);

export type SubmissionStatus = z.infer<typeof Answers.StatusSchema>;

/** A warning the submission was stored with, and the official's justification of it. */
export type StoredFinding = z.infer<typeof Answers.StoredFindingSchema>;

export interface FetchedSubmission {
  receipt: Receipt;
  /** The canonical SDMX-CSV, justifications in its COMMENT_OBS column. */
  sdmxCsv: string;
  /** received → validated → accepted | returned. */
  status: SubmissionStatus;
  /** The reviewer's comment, when the submission was reviewed with one. */
  comment: string | null;
  /** When it was accepted or returned; null while it awaits review. */
  reviewedAt: string | null;
  /** Its warnings, each with where it is and its justification. */
  findings: StoredFinding[];
}

/** The last accepted version of a template, country and period, as published. */
export interface AcceptedData {
  receipt: Receipt;
  /** Its observations; `comment` holds a justification given with it. */
  observations: Observation[];
}

export interface AcceptedDataQuery extends ExchangeCall {
  templateId: string;
  country: string;
  /** Written as the template's frequency wants it: 2026-06, 2026-Q2 or 2026. */
  period: string;
}

export interface SubmitOptions extends ExchangeCall {
  request: SubmissionRequest;
  /** Sent as Idempotency-Key on every try; a new UUID when omitted. */
  idempotencyKey?: string;
  retry?: RetryOptions;
}

type Answer = { url: string; status: number; body: unknown };

export interface ExchangeCall {
  /**
   * The exchange's address, e.g. https://exchange.example.org; with /api/v1 or
   * /api/v1/submissions appended it names the same exchange.
   */
  endpoint: string;
  token: string;
  timeoutMs?: number;
}

/** Sends one request; any failure to get an answer becomes an ExchangeError with status 0. */
async function call(
  { endpoint, token, timeoutMs = DEFAULT_TIMEOUT_MS }: ExchangeCall,
  path: string,
  init: { method: "GET" | "POST"; body?: string; headers?: Record<string, string> }
): Promise<Answer> {
  const url = apiBaseOf(endpoint) + path;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await fetch(url, {
      method: init.method,
      headers: {
        Authorization: `Bearer ${token}`,
        Accept: "application/json",
        ...(init.body === undefined ? {} : { "Content-Type": "application/json" }),
        ...init.headers,
      },
      body: init.body,
      signal: controller.signal,
    });
    const text = await response.text();
    let body: unknown;
    try {
      body = withPlainText(JSON.parse(text), DATA_FIELDS);
    } catch {
      body = undefined;
    }
    return { url, status: response.status, body };
  } catch (error) {
    const message = timedOut ? timeoutMessage(url, timeoutMs) : unreachableMessage(url);
    throw new ExchangeError(0, message, undefined, (error as Error).message);
  } finally {
    clearTimeout(timer);
  }
}

/** Turns a refusal answer into an ExchangeError carrying the exchange's findings. */
async function refusal(
  answer: Answer,
  facts: Partial<RefusalFacts>,
  attempts = 1
): Promise<ExchangeError> {
  if (isRetryable(answer.status)) {
    return new ExchangeError(answer.status, busyMessage(answer.status, attempts));
  }
  const { parsedBody, RefusalSchema } = await answerShapes();
  const parsed = parsedBody(answer.body, RefusalSchema);
  if (!parsed) {
    return new ExchangeError(answer.status, unexpectedAnswerMessage(answer.url, answer.status));
  }
  const findings = parsed.findings as Finding[] | undefined;
  const message = refusalMessage({
    ...facts,
    status: answer.status,
    serverMessage: parsed.error,
    errorCount: findings?.filter((f) => f.severity === "error").length,
    tokenCountry: parsed.tokenCountry,
    country: parsed.country ?? facts.country,
    retryAfterSeconds: parsed.retryAfterSeconds,
    tokenProblem: parsed.tokenProblem,
  });
  return new ExchangeError(answer.status, message, findings, parsed.error);
}

/** zod and the answers' shapes, loaded with the first answer (a separate chunk in the pane). */
function answerShapes(): Promise<typeof Answers> {
  return import(/* webpackChunkName: "exchange-answers" */ "./exchange-answers");
}

async function parsedAnswer<T>(
  answer: Answer,
  schema: (shapes: typeof Answers) => z.ZodType<T>
): Promise<T> {
  const shapes = await answerShapes();
  const parsed = shapes.parsedBody(answer.body, schema(shapes));
  if (parsed === undefined) {
    throw new ExchangeError(answer.status, unexpectedAnswerMessage(answer.url, answer.status));
  }
  return parsed;
}

/** Mistakes in the address or the token fail at once: no retry can mend them. */
function checkCall(options: ExchangeCall): void {
  apiBaseOf(options.endpoint);
  checkTokenText(options.token);
}

/**
 * Submits data to the exchange and returns its receipt; refusals throw an ExchangeError. When no
 * answer comes, or a gateway answers 502, 503 or 504, the same request is sent again after a
 * growing pause, under the same Idempotency-Key: the exchange stores it at most once and answers
 * a repeat with the first receipt (200 instead of 201). A receipt that does not match the request
 * (its template, country, period, or the SHA-256 of the SDMX-CSV sent) is an ExchangeError too.
 */
export async function submitToExchange(options: SubmitOptions): Promise<Receipt> {
  checkCall(options);
  const key = options.idempotencyKey ?? crypto.randomUUID();
  const body = JSON.stringify(options.request);
  const answer = await withRetries(
    () =>
      call(options, "/submissions", { method: "POST", body, headers: { "Idempotency-Key": key } }),
    (outcome) => (outcome instanceof ExchangeError ? outcome.status : (outcome as Answer).status),
    options.retry
  );
  if (answer.status !== 201 && answer.status !== 200) {
    const attempts = Math.max(1, options.retry?.attempts ?? DEFAULT_ATTEMPTS);
    throw await refusal(answer, { country: options.request.country }, attempts);
  }
  const receipt = await parsedAnswer(answer, (shapes) => shapes.ReceiptSchema);
  const differences = await receiptDifferences(receipt, options.request);
  if (differences.length > 0) {
    throw new ExchangeError(answer.status, receiptMismatchMessage(differences));
  }
  return receipt;
}

/**
 * Fetches a stored submission: its receipt, the canonical SDMX-CSV the exchange stored, its
 * review status and the reviewer's comment.
 */
export async function fetchSubmission(
  options: ExchangeCall & { id: string }
): Promise<FetchedSubmission> {
  checkCall(options);
  const answer = await call(options, `/submissions/${encodeURIComponent(options.id)}`, {
    method: "GET",
  });
  if (answer.status !== 200) throw await refusal(answer, { submissionId: options.id });
  return parsedAnswer(answer, (shapes) => shapes.StoredSubmissionSchema);
}

/**
 * Fetches the last accepted version of a template's data for a country and period, for the
 * "compare with last accepted version" view before a resubmission; null when none is accepted
 * yet. Any participant's token may read it.
 */
export async function fetchLatestAccepted(query: AcceptedDataQuery): Promise<AcceptedData | null> {
  checkCall(query);
  const search = new URLSearchParams({
    dataset: query.templateId,
    country: query.country,
    period: query.period,
  });
  const answer = await call(query, `/data?${search.toString()}`, { method: "GET" });
  const shapes = await answerShapes();
  if (answer.status === 404 && shapes.parsedBody(answer.body, shapes.RefusalSchema)) return null;
  if (answer.status !== 200) throw await refusal(answer, { country: query.country });
  const published = await parsedAnswer(answer, (s) => s.PublishedSchema);
  return {
    receipt: published.receipt,
    observations: published.observations.map(({ comment, ...o }) =>
      comment === undefined ? o : { ...o, comment }
    ),
  };
}
