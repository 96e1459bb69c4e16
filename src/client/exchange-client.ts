import { z } from "zod";
import { Finding, Receipt, ReceiptSchema, SubmissionRequest } from "../core";
import { ExchangeError } from "./exchange-error";
import {
  RefusalFacts,
  refusalMessage,
  timeoutMessage,
  unexpectedAnswerMessage,
  unreachableMessage,
} from "./exchange-messages";
import { RetryOptions, withRetries } from "./retry";

// Only global fetch and AbortController: this module runs in Node 20 and in the task pane.

const DEFAULT_TIMEOUT_MS = 60_000;
const API_PATH = "/api/v1";

const FindingSchema = z.looseObject({
  ruleId: z.string(),
  severity: z.enum(["error", "warning"]),
  message: z.string(),
});

const RefusalSchema = z.looseObject({
  error: z.string(),
  findings: z.array(FindingSchema).optional(),
  tokenCountry: z.string().optional(),
  country: z.string().optional(),
  retryAfterSeconds: z.number().optional(),
});

const StatusSchema = z.enum(["received", "validated", "accepted", "returned"]);

const StoredSubmissionSchema = z.object({
  receipt: ReceiptSchema,
  sdmxCsv: z.string(),
  status: StatusSchema,
  comment: z.string().nullable(),
});

export type SubmissionStatus = z.infer<typeof StatusSchema>;

export interface FetchedSubmission {
  receipt: Receipt;
  sdmxCsv: string;
  /** received → validated → accepted | returned. */
  status: SubmissionStatus;
  /** The reviewer's comment, when the submission was reviewed with one. */
  comment: string | null;
}

export interface SubmitOptions extends ExchangeCall {
  request: SubmissionRequest;
  /** Sent as Idempotency-Key on every try; a new UUID when omitted. */
  idempotencyKey?: string;
  retry?: RetryOptions;
}

type Answer = { url: string; status: number; body: unknown };

export interface ExchangeCall {
  /** The exchange's address, e.g. https://exchange.example.org (with or without /api/v1). */
  endpoint: string;
  token: string;
  timeoutMs?: number;
}

function apiUrl(endpoint: string, path: string): string {
  const base = endpoint.trim().replace(/\/+$/, "");
  return (base.endsWith(API_PATH) ? base : base + API_PATH) + path;
}

/** Sends one request; any failure to get an answer becomes an ExchangeError with status 0. */
async function call(
  { endpoint, token, timeoutMs = DEFAULT_TIMEOUT_MS }: ExchangeCall,
  path: string,
  init: { method: "GET" | "POST"; body?: string; headers?: Record<string, string> }
): Promise<Answer> {
  const url = apiUrl(endpoint, path);
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
      body = JSON.parse(text);
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
function refusal(answer: Answer, facts: Partial<RefusalFacts>): ExchangeError {
  const parsed = RefusalSchema.safeParse(answer.body);
  if (!parsed.success) {
    return new ExchangeError(answer.status, unexpectedAnswerMessage(answer.url, answer.status));
  }
  const findings = parsed.data.findings as Finding[] | undefined;
  const message = refusalMessage({
    ...facts,
    status: answer.status,
    serverMessage: parsed.data.error,
    errorCount: findings?.filter((f) => f.severity === "error").length,
    tokenCountry: parsed.data.tokenCountry,
    country: parsed.data.country ?? facts.country,
    retryAfterSeconds: parsed.data.retryAfterSeconds,
  });
  return new ExchangeError(answer.status, message, findings, parsed.data.error);
}

function parsedAnswer<T>(answer: Answer, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(answer.body);
  if (!parsed.success) {
    throw new ExchangeError(answer.status, unexpectedAnswerMessage(answer.url, answer.status));
  }
  return parsed.data;
}

/**
 * Submits data to the exchange and returns its receipt; refusals throw an ExchangeError. When no
 * answer comes, or a gateway answers 502, 503 or 504, the same request is sent again after a
 * growing pause, under the same Idempotency-Key: the exchange stores it at most once and answers
 * a repeat with the first receipt (200 instead of 201).
 */
export async function submitToExchange(options: SubmitOptions): Promise<Receipt> {
  const key = options.idempotencyKey ?? crypto.randomUUID();
  const body = JSON.stringify(options.request);
  const answer = await withRetries(
    () =>
      call(options, "/submissions", { method: "POST", body, headers: { "Idempotency-Key": key } }),
    (outcome) => (outcome instanceof ExchangeError ? outcome.status : (outcome as Answer).status),
    options.retry
  );
  if (answer.status !== 201 && answer.status !== 200) {
    throw refusal(answer, { country: options.request.country });
  }
  return parsedAnswer(answer, ReceiptSchema);
}

/**
 * Fetches a stored submission: its receipt, the canonical SDMX-CSV the exchange stored, its
 * review status and the reviewer's comment.
 */
export async function fetchSubmission(
  options: ExchangeCall & { id: string }
): Promise<FetchedSubmission> {
  const answer = await call(options, `/submissions/${encodeURIComponent(options.id)}`, {
    method: "GET",
  });
  if (answer.status !== 200) throw refusal(answer, { submissionId: options.id });
  return parsedAnswer(answer, StoredSubmissionSchema);
}
