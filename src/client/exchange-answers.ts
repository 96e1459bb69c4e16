import { z } from "zod";
import { ReceiptSchema } from "../core/submission-schema";

export { ReceiptSchema };

// The shapes of the exchange's answers. exchange-client.ts loads this module (and with it zod)
// on the first answer it reads, so the task pane does not download or evaluate zod to start.

const FindingSchema = z.looseObject({
  ruleId: z.string(),
  severity: z.enum(["error", "warning"]),
  message: z.string(),
});

export const RefusalSchema = z.looseObject({
  error: z.string(),
  findings: z.array(FindingSchema).optional(),
  tokenCountry: z.string().optional(),
  country: z.string().optional(),
  retryAfterSeconds: z.number().optional(),
  tokenProblem: z.string().optional(),
});

export const StatusSchema = z.enum(["received", "validated", "accepted", "returned"]);

export const StoredFindingSchema = z.object({
  ruleId: z.string(),
  severity: z.enum(["error", "warning"]),
  message: z.string(),
  address: z.string().nullable(),
  key: z.record(z.string(), z.string()).nullable(),
  justification: z.string().nullable(),
});

export const StoredSubmissionSchema = z.object({
  receipt: ReceiptSchema,
  sdmxCsv: z.string(),
  status: StatusSchema,
  comment: z.string().nullable(),
  reviewedAt: z.string().nullable().default(null),
  findings: z.array(StoredFindingSchema).default([]),
});

export const PublishedSchema = z.object({
  receipt: ReceiptSchema,
  observations: z.array(
    z.object({
      key: z.record(z.string(), z.string()),
      period: z.string(),
      value: z.number().nullable(),
      status: z.string(),
      comment: z.string().optional(),
    })
  ),
});

/** The body when it has the schema's shape; undefined when it has not. */
export function parsedBody<T>(body: unknown, schema: z.ZodType<T>): T | undefined {
  const parsed = schema.safeParse(body);
  return parsed.success ? parsed.data : undefined;
}
