import { FastifyInstance } from "fastify";
import { z } from "zod";
import { commentProblem } from "../../core";
import { Finding } from "../../core";
import { acceptedPartners } from "../accepted-context";
import { refused } from "../audit";
import { HttpError } from "../http-error";
import { receiptOf } from "../receipt";
import { partnerTemplates, storedCrossTableFindings } from "../related-checks";
import { ExchangeStore, StoredSubmission, TokenRecord } from "../store/exchange-store";
import { TokenHook, tokenOf } from "./require-token";
import { noSuchSubmission, submissionParamOf } from "./submission-id";

const MAX_COMMENT = 2000;

/** How many contradictions a refused acceptance lists before it says "and N more". */
const LISTED = 10;

const ReviewSchema = z.object({
  decision: z.enum(["accept", "return"]),
  comment: z.string().trim().max(MAX_COMMENT).nullish(),
});

function decisionOf(body: unknown) {
  const parsed = ReviewSchema.safeParse(body);
  if (!parsed.success) {
    throw new HttpError(
      400,
      'A review is a JSON object {"decision": "accept" or "return", "comment": "…"} with a ' +
        `comment of at most ${MAX_COMMENT} characters.`
    );
  }
  const comment = parsed.data.comment || null;
  if (parsed.data.decision === "return" && comment === null) {
    throw new HttpError(400, "A returned submission needs a comment saying what to correct.");
  }
  const problem = comment === null ? undefined : commentProblem(comment, MAX_COMMENT);
  if (problem) throw new HttpError(400, `The review is refused: ${problem}.`);
  return { decision: parsed.data.decision, comment };
}

function listed(findings: Finding[]): string {
  const messages = findings.map((f) => f.message.replace(/\.$/, ""));
  const shown = messages.slice(0, LISTED).join("; ");
  return messages.length > LISTED ? `${shown}; and ${messages.length - LISTED} more` : shown;
}

function contradictionRefusal(stored: StoredSubmission, findings: Finding[]): HttpError {
  const errors = findings.filter((f) => f.severity === "error");
  const { id, templateId, country, period, version } = stored;
  return new HttpError(
    409,
    `Submission ${id} (${templateId} ${country} ${period}, version ${version}) was not ` +
      "accepted and stays validated: it contradicts the accepted data of a related table, " +
      `accepted after it was checked: ${listed(errors)}. Return it for correction, or, if the ` +
      "accepted table is the one that is wrong, accept that table's correction first.",
    { status: stored.status, findings }
  );
}

/**
 * A submission is checked against the related tables accepted when it arrived; one accepted
 * since (both may have been validated side by side) is compared now, before acceptance, so that
 * contradicting tables are never both published. An error refuses the acceptance, audited with
 * the tables' names only. A warning does not: the submission was stored without it, so it has
 * no justification to show, and the reviewer, who reads both tables, accepts it as it is.
 * The comparison runs on the event loop: only tables with a cross-table rule get here, and
 * placing one stored table on its sheet is a fraction of the full check the workers do.
 */
async function checkAgainstAccepted(
  store: ExchangeStore,
  token: TokenRecord,
  submissionId: string
): Promise<void> {
  const stored = await store.findSubmission(submissionId);
  // A missing or already reviewed submission is answered by the review itself.
  if (!stored || stored.status !== "validated") return;
  if (partnerTemplates(stored.templateId).length === 0) return;
  const partners = await acceptedPartners(store, stored.templateId, stored.country, stored.period);
  const findings = storedCrossTableFindings(stored, partners);
  if (!findings.some((f) => f.severity === "error")) return;

  const against = [...new Set(partners.map((p) => p.templateId))].join(", ");
  await store.appendAudit({
    at: new Date().toISOString(),
    tokenId: token.id,
    action: "refused.review",
    submissionId,
    fromStatus: null,
    toStatus: null,
    detail: `contradicts the accepted data of ${against}`,
  });
  throw contradictionRefusal(stored, findings);
}

/** The regional centre's reviewer accepts a validated submission or returns it with a comment. */
export function reviewRoutes(app: FastifyInstance, store: ExchangeStore, onRequest: TokenHook) {
  app.post("/api/v1/submissions/:id/review", { onRequest }, async (request) => {
    const token = tokenOf(request);
    const { id, submissionId } = submissionParamOf(request.params);
    if (token.role !== "reviewer") {
      throw await refused(store, token, {
        what: "review",
        submissionId: submissionId ?? null,
        reason: `role ${token.role} may not review`,
        message: "Only a reviewer of the regional centre may accept or return a submission.",
      });
    }
    const { decision, comment } = decisionOf(request.body);
    if (decision === "accept" && submissionId) {
      await checkAgainstAccepted(store, token, submissionId);
    }
    const outcome = submissionId
      ? await store.reviewSubmission({
          submissionId,
          decision,
          comment,
          tokenId: token.id,
          at: new Date().toISOString(),
        })
      : ({ missing: true } as const);

    if ("missing" in outcome) throw noSuchSubmission(id);
    if ("conflict" in outcome) {
      throw new HttpError(
        409,
        `Submission ${outcome.conflict.id} is already ${outcome.conflict.status}; only a ` +
          "validated submission can be reviewed.",
        { status: outcome.conflict.status }
      );
    }
    const after = outcome.reviewed;
    request.log.info(
      {
        event: `submission.${after.status}`,
        submissionId: after.id,
        templateId: after.templateId,
        country: after.country,
        period: after.period,
        version: after.version,
        status: after.status,
      },
      "submission reviewed"
    );
    return { receipt: receiptOf(after), status: after.status, comment: after.reviewComment };
  });
}
