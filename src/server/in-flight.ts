import { HttpError } from "./http-error";

/** The default: enough for a client that retries, too few for one token to occupy the pool. */
export const DEFAULT_SUBMISSIONS_IN_FLIGHT = 2;

/** What a refused client is told to wait: a large submission takes a few seconds to check. */
const RETRY_AFTER_SECONDS = 5;

/**
 * Counts the submissions each token has being checked and stored. Like the rate limit, it lives
 * in one server's memory.
 */
export class InFlightLimit {
  private readonly counts = new Map<string, number>();

  constructor(private readonly max: number) {}

  /** Starts one submission of `tokenId`, or throws 429; call the returned function when done. */
  enter(tokenId: string): () => void {
    const count = this.counts.get(tokenId) ?? 0;
    if (count >= this.max) {
      const noun = this.max === 1 ? "submission" : "submissions";
      throw new HttpError(
        429,
        `This access token already has ${this.max} ${noun} being checked; wait until one is ` +
          "answered, then send the next.",
        { retryAfterSeconds: RETRY_AFTER_SECONDS },
        { "Retry-After": String(RETRY_AFTER_SECONDS) }
      );
    }
    this.counts.set(tokenId, count + 1);
    let left = false;
    return () => {
      if (left) return;
      left = true;
      const remaining = (this.counts.get(tokenId) ?? 1) - 1;
      if (remaining > 0) this.counts.set(tokenId, remaining);
      else this.counts.delete(tokenId);
    };
  }
}
