/** How submitToExchange tries again when no answer came or a gateway failed. */
export interface RetryOptions {
  /** Tries in all, the first included (default 4; 1 never retries). */
  attempts?: number;
  /** The first pause; each later one doubles (default 500 ms)… */
  baseDelayMs?: number;
  /** …up to this one (default 10 s), so that many tries never mean an hour's wait. */
  maxDelayMs?: number;
  /** Pauses between tries; tests pass one that records and returns at once. */
  wait?: (ms: number) => Promise<void>;
  /** 0 ≤ x < 1, for the jitter (Math.random by default). */
  random?: () => number;
}

export const DEFAULT_ATTEMPTS = 4;
const DEFAULT_BASE_DELAY_MS = 500;
const DEFAULT_MAX_DELAY_MS = 10_000;

/** No answer (0) or a gateway that could not reach the exchange: the request may be repeated. */
const RETRYABLE = new Set([0, 502, 503, 504]);

export function isRetryable(status: number): boolean {
  return RETRYABLE.has(status);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The pause before try `attempt + 1`: exponential, and half of it random so that clients cut off
 * together do not all come back at the same moment.
 */
export function delayBefore(attempt: number, options: RetryOptions): number {
  const base = Math.min(
    (options.baseDelayMs ?? DEFAULT_BASE_DELAY_MS) * 2 ** (attempt - 1),
    options.maxDelayMs ?? DEFAULT_MAX_DELAY_MS
  );
  const random = options.random ?? Math.random;
  return Math.round(base / 2 + (base / 2) * random());
}

/**
 * Runs `once` until it gives an answer that is not retryable, or the tries are used up; the
 * last answer (or error) is the result. `statusOf` reads the status of an answer or an error.
 */
export async function withRetries<T>(
  once: () => Promise<T>,
  statusOf: (outcome: T | unknown) => number | undefined,
  options: RetryOptions = {}
): Promise<T> {
  const attempts = Math.max(1, options.attempts ?? DEFAULT_ATTEMPTS);
  const wait = options.wait ?? sleep;
  for (let attempt = 1; ; attempt++) {
    let outcome: T;
    try {
      outcome = await once();
    } catch (error) {
      const status = statusOf(error);
      if (attempt >= attempts || status === undefined || !isRetryable(status)) throw error;
      await wait(delayBefore(attempt, options));
      continue;
    }
    const status = statusOf(outcome);
    if (attempt >= attempts || status === undefined || !isRetryable(status)) return outcome;
    await wait(delayBefore(attempt, options));
  }
}
