import { z } from "zod";
import { FindingSummary } from "./findings";

/** The largest SDMX-CSV a submission may carry (a full citizenship × sex × age cube is ~2 MB). */
export const MAX_SUBMISSION_CSV_BYTES = 8 * 1024 * 1024;

/** What a client sends to the exchange endpoint: the data and what it claims to be. */
export const SubmissionRequestSchema = z.object({
  templateId: z.string().regex(/^[A-Z0-9_]{3,40}$/),
  templateVersion: z.string().regex(/^\d+\.\d+\.\d+$/),
  country: z.string().regex(/^[A-Z0-9_]{2,12}$/),
  period: z.string().regex(/^\d{4}(-\d{2}|-Q[1-4])?$/),
  sdmxCsv: z.string().min(1).max(MAX_SUBMISSION_CSV_BYTES),
});
export type SubmissionRequest = z.infer<typeof SubmissionRequestSchema>;

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

export const ReceiptSchema = z.object({
  submissionId: z.string(),
  templateId: z.string(),
  templateVersion: z.string(),
  country: z.string(),
  period: z.string(),
  version: z.number().int().positive(),
  receivedAt: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  observations: z.number().int().min(0),
  findings: z.object({ errors: z.number().int(), warnings: z.number().int() }),
});
