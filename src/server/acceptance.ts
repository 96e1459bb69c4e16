import { Finding } from "../core";
import { partnerKeys, tableOf } from "./accepted-context";
import { HttpError } from "./http-error";
import { storedCrossTableFindings } from "./related-checks";
import {
  AcceptanceRefused,
  AcceptedVersion,
  ExchangeStore,
  Review,
  ReviewOutcome,
  StoredSubmission,
  TokenRecord,
} from "./store/exchange-store";

/** How many contradictions a refused acceptance lists before it says "and N more". */
const LISTED = 10;

/**
 * How often an acceptance is checked again when a related table was accepted between its check
 * and its transaction. Each turn needs another acceptance in that short window, so a third is
 * already unlikely; after it the reviewer is asked to try again.
 */
const ATTEMPTS = 3;

function listed(findings: Finding[]): string {
  const messages = findings.map((f) => f.message.replace(/\.$/, ""));
  const shown = messages.slice(0, LISTED).join("; ");
  return messages.length > LISTED ? `${shown}; and ${messages.length - LISTED} more` : shown;
}

/** "Submission … (ASYAPPCTZM ME 2026-06, version 2) was not accepted and stays validated" */
function notAccepted(stored: StoredSubmission): string {
  const { id, templateId, country, period, version } = stored;
  return (
    `Submission ${id} (${templateId} ${country} ${period}, version ${version}) was not ` +
    "accepted and stays validated"
  );
}

function contradictionRefusal(stored: StoredSubmission, findings: Finding[]): HttpError {
  const errors = findings.filter((f) => f.severity === "error");
  return new HttpError(
    409,
    `${notAccepted(stored)}: it contradicts the accepted data of a related table, accepted ` +
      `after it was checked: ${listed(errors)}. Return it for correction, or, if the accepted ` +
      "table is the one that is wrong, accept that table's correction first.",
    { status: stored.status, findings }
  );
}

function supersededRefusal(stored: StoredSubmission, newer: StoredSubmission): HttpError {
  return new HttpError(
    409,
    `${notAccepted(stored)}: version ${newer.version} of the same table (submission ` +
      `${newer.id}) is accepted already, and accepting the older version ${stored.version} ` +
      "would take the published data back to figures that were corrected since. Return " +
      `version ${stored.version}; if its figures are the right ones, they must be submitted ` +
      "again, as a new version.",
    { status: stored.status, acceptedVersion: newer.version, acceptedSubmissionId: newer.id }
  );
}

function changedRefusal(stored: StoredSubmission, tables: string): HttpError {
  return new HttpError(
    409,
    `${notAccepted(stored)}: the accepted data of ${tables} changed each time it was being ` +
      "compared with it. Accept it again.",
    { status: stored.status }
  );
}

async function auditRefusal(
  store: ExchangeStore,
  token: TokenRecord,
  submissionId: string,
  detail: string
): Promise<void> {
  await store.appendAudit({
    at: new Date().toISOString(),
    tokenId: token.id,
    action: "refused.review",
    submissionId,
    fromStatus: null,
    toStatus: null,
    detail,
  });
}

/**
 * A submission is checked against the related tables accepted when it arrived; one accepted
 * since (both may have been validated side by side) is compared now, before acceptance, so that
 * contradicting tables are never both published. An error refuses the acceptance, audited with
 * the tables' names only. A warning does not: the submission was stored without it, so it has
 * no justification to show, and the reviewer, who reads both tables, accepts it as it is.
 * Returns the accepted versions compared with (null where none), which the store's transaction
 * checks are still the ones accepted last.
 * The comparison runs on the event loop: only tables with a cross-table rule get here, and
 * placing one stored table on its sheet is a fraction of the full check the workers do.
 */
async function checkAgainstAccepted(
  store: ExchangeStore,
  token: TokenRecord,
  stored: StoredSubmission
): Promise<AcceptedVersion[]> {
  const keys = partnerKeys(stored.templateId, stored.country, stored.period);
  const found = await Promise.all(
    keys.map((k) => store.latestAccepted(k.templateId, k.country, k.period))
  );
  const partners = found.flatMap((table) => (table ? [tableOf(table)] : []));
  const findings = storedCrossTableFindings(stored, partners);
  if (findings.some((f) => f.severity === "error")) {
    const against = [...new Set(partners.map((p) => p.templateId))].join(", ");
    await auditRefusal(store, token, stored.id, `contradicts the accepted data of ${against}`);
    throw contradictionRefusal(stored, findings);
  }
  return keys.map((key, i) => ({ ...key, version: found[i]?.version ?? null }));
}

/** How a review ended when it was not refused: reviewed, or not reviewable (for the caller). */
export type Settled = Exclude<ReviewOutcome, AcceptanceRefused>;

/**
 * Applies a reviewer's decision. An acceptance is first checked against the accepted data of
 * the submission's related tables, then made in the store's transaction only if that data is
 * still the data accepted last and no newer version of its own table is accepted. A related
 * table accepted in between sends it round again, so the check always reads what is accepted
 * when the acceptance is made. Refusals are audited and thrown as 409; a missing or already
 * reviewed submission is the caller's to answer.
 */
export async function decide(
  store: ExchangeStore,
  token: TokenRecord,
  review: Review
): Promise<Settled> {
  for (let attempt = 1; ; attempt++) {
    const stored = await store.findSubmission(review.submissionId);
    const checkedAgainst =
      review.decision === "accept" && stored?.status === "validated"
        ? await checkAgainstAccepted(store, token, stored)
        : [];
    const outcome = await store.reviewSubmission({ ...review, checkedAgainst });
    if ("superseded" in outcome) {
      const { submission, newer } = outcome.superseded;
      await auditRefusal(
        store,
        token,
        submission.id,
        `version ${newer.version} is accepted already`
      );
      throw supersededRefusal(submission, newer);
    }
    if (!("changed" in outcome)) return outcome;
    if (attempt >= ATTEMPTS) {
      const { submission, tables } = outcome.changed;
      const names = [...new Set(tables.map((c) => c.templateId))].join(", ");
      await auditRefusal(store, token, submission.id, `accepted data of ${names} kept changing`);
      throw changedRefusal(submission, names);
    }
  }
}
