import { HttpError } from "./http-error";
import { ExchangeStore, TokenRecord } from "./store/exchange-store";

export interface Refusal {
  /** What was refused, e.g. "submit" or "review"; audited as "refused.<what>". */
  what: string;
  submissionId?: string | null;
  /** Why, for the audit log: roles and countries only, never figures. */
  reason: string;
  /** The sentence the official reads, and the fields sent with it. */
  message: string;
  details?: Record<string, unknown>;
}

/**
 * Records a refusal of a token's role or country in the audit log and returns the 403 to
 * throw; the entry is written before the answer, so no refusal goes unrecorded.
 */
export async function refused(
  store: ExchangeStore,
  token: TokenRecord,
  refusal: Refusal
): Promise<HttpError> {
  await store.appendAudit({
    at: new Date().toISOString(),
    tokenId: token.id,
    action: `refused.${refusal.what}`,
    submissionId: refusal.submissionId ?? null,
    fromStatus: null,
    toStatus: null,
    detail: refusal.reason,
  });
  return new HttpError(403, refusal.message, refusal.details);
}
