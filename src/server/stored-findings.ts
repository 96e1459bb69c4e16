import { DimensionKey, Finding } from "../core";
import { StoredSubmission } from "./store/exchange-store";

/** A stored warning as the API returns it: what, where, and the official's justification. */
export interface FindingView {
  ruleId: string;
  severity: Finding["severity"];
  message: string;
  /** The cell the warning is about on the template's sheet, when it is about one. */
  address: string | null;
  /** The row and column codes of the observation it is about. */
  key: DimensionKey | null;
  /** The observation's comment (COMMENT_OBS); null for a warning about the sheet as a whole. */
  justification: string | null;
}

type Stored = Finding & { justification?: string };

/** The findings a submission was stored with, justifications included. */
export function findingsOf(submission: StoredSubmission): FindingView[] {
  const findings = JSON.parse(submission.findingsJson) as Stored[];
  return findings.map((f) => ({
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    address: f.address ?? null,
    key: f.key ?? null,
    justification: f.justification ?? null,
  }));
}
