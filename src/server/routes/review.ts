import { FastifyInstance } from "fastify";
import { z } from "zod";
import { commentProblem } from "../../core";
import { decide, Settled } from "../acceptance";
import { refused } from "../audit";
import { HttpError } from "../http-error";
import { receiptOf } from "../receipt";
import { ExchangeStore } from "../store/exchange-store";
import { TokenHook, tokenOf } from "./require-token";
import { noSuchSubmission, submissionParamOf } from "./submission-id";

const MAX_COMMENT = 2000;

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
    const at = new Date().toISOString();
    const outcome: Settled = submissionId
      ? await decide(store, token, { submissionId, decision, comment, tokenId: token.id, at })
      : { missing: true };

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
