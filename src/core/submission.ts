import type { FindingSummary } from "./findings";

/** The largest SDMX-CSV a submission may carry (a full citizenship × sex × age cube is ~2 MB). */
export const MAX_SUBMISSION_CSV_BYTES = 8 * 1024 * 1024;

/**
 * What a client sends to the exchange endpoint: the data and what it claims to be. Checked by
 * SubmissionRequestSchema (submission-schema.ts), kept apart so the task pane starts without zod.
 */
export interface SubmissionRequest {
  templateId: string;
  templateVersion: string;
  country: string;
  period: string;
  sdmxCsv: string;
}

/** What the endpoint answers when it has stored a submission. */
export interface Receipt {
  submissionId: string;
  templateId: string;
  templateVersion: string;
  country: string;
  period: string;
  /** 1, 2, … per template, country and period. */
  version: number;
  receivedAt: string;
  /** SHA-256 (hex) of the canonical SDMX-CSV 2.0 text the endpoint stored. */
  sha256: string;
  observations: number;
  findings: FindingSummary;
}
