import { randomUUID } from "node:crypto";
import { FastifyInstance } from "fastify";
import { SubmissionRequest, SubmissionRequestSchema, summarise } from "../../core";
import { refused } from "../audit";
import { checkSubmission } from "../check-submission";
import { HttpError } from "../http-error";
import { fingerprintOf, idempotencyKeyOf, replayOf, REPLAYED_HEADER } from "../idempotency";
import { receiptOf, sha256Hex } from "../receipt";
import { ExchangeStore, TokenRecord } from "../store/exchange-store";
import { TokenHook, tokenOf } from "./require-token";
import { submissionIdOf } from "./submission-id";

const FIELDS = "templateId, templateVersion, country, period and sdmxCsv";

/** Checks the body against the shared schema and names the first field that is wrong. */
function requestOf(body: unknown): SubmissionRequest {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new HttpError(400, `The request body must be a JSON object with ${FIELDS}.`);
  }
  const parsed = SubmissionRequestSchema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue.path.join(".");
  if (field === "sdmxCsv" && issue.code === "too_big") {
    throw new HttpError(413, "The SDMX-CSV is larger than the exchange accepts.");
  }
  throw new HttpError(400, `The field "${field}" is missing or invalid: ${issue.message}.`);
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

export function submissionRoutes(app: FastifyInstance, store: ExchangeStore, onRequest: TokenHook) {
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

    const checked = checkSubmission(submission);
    const summary = summarise(checked.findings);
    const outcome = await store.insertSubmission({
      id: randomUUID(),
      templateId: checked.template.id,
      templateVersion: submission.templateVersion,
      country: submission.country,
      period: submission.period,
      receivedAt: new Date().toISOString(),
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

  app.get<{ Params: { id: string } }>("/api/v1/submissions/:id", { onRequest }, async (request) => {
    const { id } = request.params;
    const submissionId = submissionIdOf(id);
    const stored = submissionId ? await store.findSubmission(submissionId) : undefined;
    if (!stored) throw new HttpError(404, `There is no submission with id "${id}".`);
    return {
      receipt: receiptOf(stored),
      sdmxCsv: stored.sdmxCsv,
      status: stored.status,
      comment: stored.reviewComment,
      reviewedAt: stored.reviewedAt,
    };
  });
}
