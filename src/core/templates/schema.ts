import { z } from "zod";

export const FrequencySchema = z.enum(["M", "Q", "A"]);
export type Frequency = z.infer<typeof FrequencySchema>;

export const SeveritySchema = z.enum(["error", "warning"]);
export type Severity = z.infer<typeof SeveritySchema>;

/**
 * Where a dimension lives on the sheet: down the rows, across the columns, fixed by the template
 * (freq, unit), or chosen once per sheet (the reporting country, geo).
 */
const DimensionSchema = z.object({
  id: z.string().regex(/^[a-z_]+$/, "dimension ids are Eurostat's lower-case column names"),
  label: z.string().min(1),
  codeList: z.string().min(1),
  role: z.enum(["row", "column", "fixed", "reportingCountry"]),
  /** The value of a fixed dimension. */
  value: z.string().optional(),
  /** How messages name the total of this dimension, e.g. "all ages". */
  totalLabel: z.string().optional(),
  /** The codes shown on the sheet, in order; all codes of the code list when absent. */
  codes: z.array(z.string()).optional(),
});

const RuleBase = {
  id: z.string().regex(/^[a-z0-9-]+$/),
  severity: SeveritySchema,
};

export const RuleSchema = z.discriminatedUnion("kind", [
  z.object({ ...RuleBase, kind: z.literal("value"), notAvailable: z.string().min(1) }),
  z.object({ ...RuleBase, kind: z.literal("codes") }),
  z.object({ ...RuleBase, kind: z.literal("metadata") }),
  z.object({
    ...RuleBase,
    kind: z.literal("sum"),
    dimension: z.string(),
    total: z.string(),
    /** The parts that add up to the total; "all" = every non-aggregate code on the sheet. */
    parts: z.union([z.array(z.string()).min(1), z.literal("all")]),
    /** How a message names the parts, e.g. "its age groups". */
    partsLabel: z.string().min(1),
  }),
  z.object({
    ...RuleBase,
    /** A part is never more than its whole along one dimension (first-time ≤ all applicants). */
    kind: z.literal("atMost"),
    dimension: z.string(),
    part: z.string(),
    whole: z.string(),
    /** How messages name the part and the whole, e.g. "first-time applicants". */
    partLabel: z.string().min(1),
    wholeLabel: z.string().min(1),
  }),
  z.object({
    ...RuleBase,
    /** Before submission every figure cell holds a figure, a zero or the not-available marker. */
    kind: z.literal("complete"),
  }),
  z.object({
    ...RuleBase,
    /**
     * A figure far outside the cell's own earlier figures (see rules/plausibility.ts); checked
     * before submission when the exchange or earlier sheets supply the history.
     */
    kind: z.literal("plausibility"),
    /** Fewer earlier figures than this and the cell is not judged. */
    minPoints: z.number().int().min(2).optional(),
  }),
]);
export type Rule = z.infer<typeof RuleSchema>;
export type SumRule = Extract<Rule, { kind: "sum" }>;
export type AtMostRule = Extract<Rule, { kind: "atMost" }>;

/**
 * A flow counts events over the reference period (applications during the month) and may be
 * added up over periods; a stock counts persons at the end of it (pending cases, valid permits,
 * population) and must never be.
 */
export const MeasureSchema = z.enum(["flow", "stock"]);
export type Measure = z.infer<typeof MeasureSchema>;

export const TemplateSchema = z
  .object({
    id: z.string().regex(/^[A-Z0-9_]+$/),
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    dataset: z.string().regex(/^MIGR_[A-Z0-9_]+$/),
    structureId: z.string().regex(/^[A-Z]+:[A-Z0-9_]+\(\d+(\.\d+)*\)$/),
    title: z.string().min(1),
    description: z.string().min(1),
    legalBasis: z.string().min(1),
    frequency: FrequencySchema,
    /** Flow or stock; absent means flow. */
    measure: MeasureSchema.optional(),
    deadline: z.object({ monthsAfterPeriodEnd: z.number().int().min(0).max(24) }),
    /** SDMX column order, as in Eurostat's dataset. */
    dimensions: z.array(DimensionSchema).min(1),
    /** Sheet order: outermost first (the first column dimension changes slowest). */
    layout: z.object({ rows: z.array(z.string()).min(1), columns: z.array(z.string()).min(1) }),
    rules: z.array(RuleSchema),
  })
  .superRefine((template, ctx) => {
    const ids = new Set(template.dimensions.map((d) => d.id));
    if (ids.size !== template.dimensions.length) {
      ctx.addIssue({ code: "custom", message: "dimension ids must be unique" });
    }
    if (template.dimensions.filter((d) => d.role === "reportingCountry").length !== 1) {
      ctx.addIssue({ code: "custom", message: "exactly one dimension is the reporting country" });
    }
    for (const d of template.dimensions) {
      if (d.role === "fixed" && !d.value) {
        ctx.addIssue({ code: "custom", message: `fixed dimension ${d.id} needs a value` });
      }
    }
    for (const role of ["row", "column"] as const) {
      const declared = template.dimensions.filter((d) => d.role === role).map((d) => d.id);
      const placed = role === "row" ? template.layout.rows : template.layout.columns;
      if ([...declared].sort().join() !== [...placed].sort().join()) {
        ctx.addIssue({
          code: "custom",
          message: `layout ${role}s must list the ${role} dimensions`,
        });
      }
    }
    for (const rule of template.rules) {
      if ((rule.kind === "sum" || rule.kind === "atMost") && !ids.has(rule.dimension)) {
        ctx.addIssue({
          code: "custom",
          message: `rule ${rule.id} names unknown ${rule.dimension}`,
        });
      }
    }
  });

export type Template = z.infer<typeof TemplateSchema>;

export type Dimension = Template["dimensions"][number];

/** Cells of one template taking part in a cross-template rule: the template and fixed codes. */
const CrossSideSchema = z.object({
  template: z.string().regex(/^[A-Z0-9_]+$/),
  /** Codes the cells must have, e.g. { return: "TOTAL" } to read only the all-returns cells. */
  where: z.record(z.string(), z.string()).default({}),
});

/**
 * A rule between two templates of one package (one workbook), for the same country and period:
 * each cell of `part` (matching `where` and `codes`) is compared with the cell of `whole` that has
 * the same codes in the `match` dimensions and the whole's own `where` codes.
 */
export const CrossRuleSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  severity: SeveritySchema,
  /** atMost: part ≤ whole; equal: both count the same persons. */
  kind: z.enum(["atMost", "equal"]),
  part: CrossSideSchema,
  whole: CrossSideSchema,
  match: z.array(z.string()).min(1),
  /** Only these codes of a matched dimension are compared (those both templates mean alike). */
  codes: z.record(z.string(), z.array(z.string()).min(1)).default({}),
  partLabel: z.string().min(1),
  wholeLabel: z.string().min(1),
  /** Why the rule holds, or why it is only a warning: for reviewers, not shown to users. */
  basis: z.string().min(1),
});
export type CrossRule = z.infer<typeof CrossRuleSchema>;

/**
 * A flow over a long period against the sum of the same flow over its shorter periods, e.g. the
 * annual applicants table against the twelve monthly ones. Never declared for stocks.
 */
export const PeriodSumRuleSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  severity: SeveritySchema,
  total: z.string().regex(/^[A-Z0-9_]+$/),
  parts: z.string().regex(/^[A-Z0-9_]+$/),
  basis: z.string().min(1),
});
export type PeriodSumRule = z.infer<typeof PeriodSumRuleSchema>;
