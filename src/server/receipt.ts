import { createHash } from "node:crypto";
import { Receipt } from "../core";
import { StoredSubmission } from "./store/exchange-store";

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

export function receiptOf(submission: StoredSubmission): Receipt {
  return {
    submissionId: submission.id,
    templateId: submission.templateId,
    templateVersion: submission.templateVersion,
    country: submission.country,
    period: submission.period,
    version: submission.version,
    receivedAt: submission.receivedAt,
    sha256: submission.sha256,
    observations: submission.observations,
    findings: { errors: submission.errors, warnings: submission.warnings },
  };
}
