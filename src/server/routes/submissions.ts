import { randomUUID } from "node:crypto";
import { FastifyInstance } from "fastify";
import { MAX_SUBMISSION_CSV_BYTES, SubmissionRequest, summarise } from "../../core";
import { SubmissionRequestSchema } from "../../core/submission-schema";
import { acceptedContext } from "../accepted-context";
import { refused } from "../audit";
import { SubmissionChecker } from "../check-pool";
import { CheckedSubmission } from "../check-submission";
import { HttpError } from "../http-error";
import { fingerprintOf, idempotencyKeyOf, replayOf, REPLAYED_HEADER } from "../idempotency";
import { InFlightLimit } from "../in-flight";
import { receiptOf, sha256Hex } from "../receipt";
import { ExchangeStore, TokenRecord } from "../store/exchange-store";
import { TokenHook, tokenOf } from "./require-token";

const FIELDS = "templateId, templateVersion, country, period and sdmxCsv";

const LIMIT_MB = MAX_SUBMISSION_CSV_BYTES / (1024 * 1024);

function tooLarge(): HttpError {
  return new HttpError(
    413,
    `The SDMX-CSV is larger than the exchange accepts: at most ${LIMIT_MB} MB ` +
      `(${MAX_SUBMISSION_CSV_BYTES} bytes of UTF-8 text). Split it by reference period.`
  );
}

/** Checks the body against the shared schema and names the first field that is wrong. */
function requestOf(body: unknown): SubmissionRequest {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new HttpError(400, `The request body must be a JSON object with ${FIELDS}.`);
  }
  const parsed = SubmissionRequestSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path.join(".");
    if (field === "sdmxCsv" && issue.code === "too_big") throw tooLarge();
    throw new HttpError(400, `The field "${field}" is missing or invalid: ${issue.message}.`);
  }
  // The limit is on the text's bytes; the schema counts characters, fewer for non-Latin text.
  if (Buffer.byteLength(parsed.data.sdmxCsv, "utf8") > MAX_SUBMISSION_CSV_BYTES) throw tooLarge();
  return parsed.data;
}

async function checkMandate(
  store: ExchangeStore,
  token: TokenRecord,
  request: SubmissionRequest
): Promise<void> {
  if (token.role !== "submitter") {
    throw await refused(store, token, {
      what: "submit",
      reason: `role ${token.role} may not submit`,
      message: `This ${token.role} token may read submissions but not submit data.`,
    });
  }
  if (request.country !== token.country) {
    throw await refused(store, token, {
      what: "submit",
      reason: `token of ${token.country} submitted for ${request.country}`,
      message:
        `This access token may only submit data for ${token.country}, ` +
        `not for ${request.country}.`,
      details: { tokenCountry: token.country, country: request.country },
    });
  }
}

/**
 * Checks a received submission; a refusal, or a failure of the check itself, ends the received
 * record (audited with the HTTP status only: refusal messages can quote figures).
 */
async function checkReceived(
  store: ExchangeStore,
  checker: SubmissionChecker,
  id: string,
  submission: SubmissionRequest
): Promise<CheckedSubmission> {
  try {
    return await checker.check(submission, await acceptedContext(store, submission));
  } catch (error) {
    const detail =
      error instanceof HttpError
        ? `refused with HTTP ${error.status}`
        : "the check failed with an internal problem";
    await store.refuseReceived(id, new Date().toISOString(), detail);
    throw error;
  }
}

export interface SubmissionRouteOptions {
  store: ExchangeStore;
  checker: SubmissionChecker;
  inFlight: InFlightLimit;
  onRequest: TokenHook;
}

export function submissionRoutes(app: FastifyInstance, options: SubmissionRouteOptions) {
  const { store, checker, inFlight, onRequest } = options;
  app.post("/api/v1/submissions", { onRequest }, async (request, reply) => {
    const token = tokenOf(request);
    const submission = requestOf(request.body);
    await checkMandate(store, token, submission);
    const key = idempotencyKeyOf(request);
    const fingerprint = fingerprintOf(submission);

    // A retry is answered before the data is checked again: the first answer is the answer.
    const earlier = key === null ? undefined : await store.findByIdempotencyKey(token.id, key);
    if (earlier) {
      const replayed = replayOf(earlier, fingerprint);
      return reply.code(200).header(REPLAYED_HEADER, "true").send(receiptOf(replayed));
    }

    const leave = inFlight.enter(token.id);
    let outcome;
    try {
      const id = randomUUID();
      const receivedAt = new Date().toISOString();
      await store.receiveSubmission({
        id,
        templateId: submission.templateId,
        country: submission.country,
        period: submission.period,
        receivedAt,
        tokenId: token.id,
        idempotencyKey: key,
        requestSha256: fingerprint,
      });
      const checked = await checkReceived(store, checker, id, submission);
      const summary = summarise(checked.findings);
      outcome = await store.insertSubmission({
        id,
        templateId: checked.templateId,
        templateVersion: submission.templateVersion,
        country: submission.country,
        period: submission.period,
        receivedAt,
        sdmxCsv: checked.canonicalCsv,
        sha256: sha256Hex(checked.canonicalCsv),
        observations: checked.observations,
        errors: summary.errors,
        warnings: summary.warnings,
        findingsJson: JSON.stringify(checked.findings),
        tokenId: token.id,
        idempotencyKey: key,
        requestSha256: fingerprint,
      });
    } finally {
      leave();
    }
    if (!outcome.created) {
      const replayed = replayOf(outcome.submission, fingerprint);
      return reply.code(200).header(REPLAYED_HEADER, "true").send(receiptOf(replayed));
    }
    const stored = outcome.submission;
    request.log.info(
      {
        event: "submission.stored",
        submissionId: stored.id,
        templateId: stored.templateId,
        country: stored.country,
        period: stored.period,
        version: stored.version,
        status: stored.status,
      },
      "submission stored"
    );
    return reply.code(201).send(receiptOf(stored));
  });
}
