import { FastifyInstance } from "fastify";
import { refused } from "../audit";
import { receiptOf } from "../receipt";
import { findingsOf } from "../stored-findings";
import { ExchangeStore, ReceivedSubmission, TokenRecord } from "../store/exchange-store";
import { TokenHook, tokenOf } from "./require-token";
import { noSuchSubmission, submissionParamOf } from "./submission-id";

/**
 * A submission awaiting review, or returned, is its country's business and the reviewers':
 * other countries read accepted data through publication (/api/v1/data) only.
 */
function mayRead(token: TokenRecord, submission: { country: string }): boolean {
  return token.role === "reviewer" || token.country === submission.country;
}

/**
 * A submission still being checked. The received records are only those in checking right now
 * (a handful), so looking through them costs little.
 */
async function receivedOne(store: ExchangeStore, id: string) {
  return (await store.receivedSubmissions()).find((r) => r.id === id);
}

/** What is known while the check runs: what arrived and when, no receipt and no findings yet. */
function receivedView(received: ReceivedSubmission) {
  const { id, templateId, country, period, receivedAt } = received;
  return {
    status: "received" as const,
    submissionId: id,
    templateId,
    country,
    period,
    receivedAt,
    message: "The submission has arrived and is being checked; ask again in a moment.",
  };
}

export function readSubmissionRoute(
  app: FastifyInstance,
  store: ExchangeStore,
  onRequest: TokenHook
) {
  app.get("/api/v1/submissions/:id", { onRequest }, async (request) => {
    const token = tokenOf(request);
    const { id, submissionId } = submissionParamOf(request.params);
    const stored = submissionId ? await store.findSubmission(submissionId) : undefined;
    if (!stored) {
      const received = submissionId ? await receivedOne(store, submissionId) : undefined;
      if (!received || !mayRead(token, received)) throw noSuchSubmission(id);
      return receivedView(received);
    }
    if (!mayRead(token, stored)) {
      throw await refused(store, token, {
        what: "read",
        submissionId: stored.id,
        reason: `${token.role} token of ${token.country} read a submission of ${stored.country}`,
        message:
          `This access token may only read submissions of ${token.country}. Accepted data of ` +
          "every country is published under /api/v1/data.",
      });
    }
    return {
      receipt: receiptOf(stored),
      sdmxCsv: stored.sdmxCsv,
      status: stored.status,
      comment: stored.reviewComment,
      reviewedAt: stored.reviewedAt,
      findings: findingsOf(stored),
    };
  });
}
