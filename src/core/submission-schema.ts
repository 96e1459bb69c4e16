import { z } from "zod";
import { MAX_SUBMISSION_CSV_BYTES, Receipt, SubmissionRequest } from "./submission";

/** Checks a submission request as the exchange receives it (see SubmissionRequest). */
export const SubmissionRequestSchema: z.ZodType<SubmissionRequest> = z.object({
  templateId: z.string().regex(/^[A-Z0-9_]{3,40}$/),
  templateVersion: z.string().regex(/^\d+\.\d+\.\d+$/),
  country: z.string().regex(/^[A-Z0-9_]{2,12}$/),
  period: z.string().regex(/^\d{4}(-\d{2}|-Q[1-4])?$/),
  sdmxCsv: z.string().min(1).max(MAX_SUBMISSION_CSV_BYTES),
});

/** Checks a receipt as a client receives it (see Receipt). */
export const ReceiptSchema: z.ZodType<Receipt> = z.object({
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
