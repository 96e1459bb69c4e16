import type { CrossRule, PeriodSumRule } from "../templates/schema";

/**
 * The task pane's stand-in for check-package-rules.ts (swapped in by webpack.config.js): the rules
 * are part of the pane's own bundle, and webpack refuses to build it unless they pass the full
 * check (scripts/check-shipped-data.js). Only the schema's defaults are filled in here, so the
 * pane starts without zod.
 */
export function checkCrossRules(raw: unknown[]): CrossRule[] {
  return (raw as CrossRule[]).map((rule) => ({
    ...rule,
    part: { ...rule.part, where: rule.part.where ?? {} },
    whole: { ...rule.whole, where: rule.whole.where ?? {} },
    codes: rule.codes ?? {},
  }));
}

export function checkPeriodSumRules(raw: unknown[]): PeriodSumRule[] {
  return raw as PeriodSumRule[];
}
