import { z } from "zod";

/** One code of a code list, as Eurostat spells it (`EL`, `XK`, `STLS`), with its English label. */
export const CodeSchema = z.object({
  code: z.string().min(1),
  label: z.string().min(1),
  aggregate: z.boolean().optional(),
});

export const CodeListSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  source: z.string().min(1),
  note: z.string().optional(),
  /** The codes a new sheet starts with when not all are needed; users add rows for the rest. */
  common: z.array(z.string()).optional(),
  legacy: z
    .object({
      dimension: z.string(),
      codes: z.record(z.string(), z.string()),
      note: z.string().optional(),
    })
    .optional(),
  codes: z.array(CodeSchema).min(1),
});

export type Code = z.infer<typeof CodeSchema>;
export type CodeList = z.infer<typeof CodeListSchema>;
