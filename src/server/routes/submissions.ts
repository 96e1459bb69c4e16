import { randomUUID } from "node:crypto";
import { FastifyInstance } from "fastify";
import { SubmissionRequest, SubmissionRequestSchema, summarise } from "../../core";
import { checkSubmission } from "../check-submission";
import { HttpError } from "../http-error";
import { receiptOf, sha256Hex } from "../receipt";
import { ExchangeStore, TokenRecord } from "../store/exchange-store";
import { requireToken, tokenOf } from "./require-token";

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

function checkMandate(token: TokenRecord, request: SubmissionRequest): void {
  if (token.role !== "submitter") {
    throw new HttpError(403, "This access token may read submissions but not submit data.");
  }
  if (request.country !== token.country) {
    throw new HttpError(
      403,
      `This access token may only submit data for ${token.country}, ` +
        `not for ${request.country}.`,
      { tokenCountry: token.country, country: request.country }
    );
  }
}

/** Submission ids are UUIDs; anything else cannot name a stored submission. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function submissionRoutes(app: FastifyInstance, store: ExchangeStore): void {
  const onRequest = requireToken(store);

  app.post("/api/v1/submissions", { onRequest }, async (request, reply) => {
    const token = tokenOf(request);
    const submission = requestOf(request.body);
    checkMandate(token, submission);
    const checked = checkSubmission(submission);
    const summary = summarise(checked.findings);

    const stored = await store.insertSubmission({
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
    });
    request.log.info(
      {
        event: "submission.stored",
        submissionId: stored.id,
        templateId: stored.templateId,
        country: stored.country,
        period: stored.period,
        version: stored.version,
      },
      "submission stored"
    );
    return reply.code(201).send(receiptOf(stored));
  });

  app.get<{ Params: { id: string } }>("/api/v1/submissions/:id", { onRequest }, async (request) => {
    const { id } = request.params;
    const stored = UUID.test(id) ? await store.findSubmission(id.toLowerCase()) : undefined;
    if (!stored) throw new HttpError(404, `There is no submission with id "${id}".`);
    return { receipt: receiptOf(stored), sdmxCsv: stored.sdmxCsv };
  });
}
