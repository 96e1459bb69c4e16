/**
 * A fixed-window request count per token. It lives in the server's memory, so each server
 * instance counts alone: behind several instances a token may make up to `max` requests per
 * window on each of them.
 */
export interface RateLimitOptions {
  /** Requests a token may make per window. */
  max: number;
  windowMs: number;
}

/** Generous enough that no official, CLI run or test meets it; it stops runaway scripts. */
export const DEFAULT_RATE_LIMIT: RateLimitOptions = { max: 600, windowMs: 60_000 };

/** Windows are forgotten once this many tokens are counted, keeping only the current ones. */
const PRUNE_AT = 10_000;

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly options: RateLimitOptions,
    private readonly now: () => number = Date.now
  ) {}

  /** Counts one request of `key` and says whether it is allowed. */
  hit(key: string): RateDecision {
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || now - window.start >= this.options.windowMs) {
      if (this.windows.size >= PRUNE_AT) this.prune(now);
      window = { start: now, count: 0 };
      this.windows.set(key, window);
    }
    window.count += 1;
    if (window.count <= this.options.max) return { allowed: true };
    const remainingMs = window.start + this.options.windowMs - now;
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(remainingMs / 1000)) };
  }

  private prune(now: number): void {
    for (const [key, window] of this.windows) {
      if (now - window.start >= this.options.windowMs) this.windows.delete(key);
    }
  }
}
