import { z } from "zod";
import {
  CrossRule,
  CrossRuleSchema,
  PeriodSumRule,
  PeriodSumRuleSchema,
} from "../templates/schema";

/** Parses each rule with `schema`; a wrong one stops loading, naming the rule and the field. */
function checkEach<T>(raw: unknown[], schema: z.ZodType<T>, what: string): T[] {
  return raw.map((rule, index) => {
    const parsed = schema.safeParse(rule);
    if (parsed.success) return parsed.data;
    const id = (rule as { id?: unknown }).id;
    const issue = parsed.error.issues[0];
    throw new Error(
      `The ${what} ${typeof id === "string" ? id : `at index ${index}`} is invalid: ` +
        `${issue.path.join(".") || "(rule)"}: ${issue.message}`
    );
  });
}

/** The rules between the tables of one package, checked against their schema. */
export function checkCrossRules(raw: unknown[]): CrossRule[] {
  return checkEach(raw, CrossRuleSchema, "cross-table rule");
}

/** The rules between a long period and its shorter ones, checked against their schema. */
export function checkPeriodSumRules(raw: unknown[]): PeriodSumRule[] {
  return checkEach(raw, PeriodSumRuleSchema, "period rule");
}
