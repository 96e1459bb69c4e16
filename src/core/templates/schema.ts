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
]);
export type Rule = z.infer<typeof RuleSchema>;
export type SumRule = Extract<Rule, { kind: "sum" }>;

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
      if (rule.kind === "sum" && !ids.has(rule.dimension)) {
        ctx.addIssue({
          code: "custom",
          message: `rule ${rule.id} names unknown ${rule.dimension}`,
        });
      }
    }
  });

export type Template = z.infer<typeof TemplateSchema>;
export type Dimension = Template["dimensions"][number];
