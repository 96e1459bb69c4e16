import type { CrossRule, PeriodSumRule } from "../templates/schema";
import { checkCrossRules, checkPeriodSumRules } from "./check-package-rules";

const MINORS_AGES = ["Y_LT14", "Y14-17", "Y_LT18"];

/**
 * Rules between the tables of one package, as data (see CrossRuleSchema). Only relations that
 * follow from the definitions are errors; a relation that rests on an inference is a warning and
 * its basis says why. Relations considered and left out, because no identity is established
 * (DOMAIN.md §5.2 R14, R15): first-instance decisions against pending cases or applications of
 * the quarter (decisions concern applications of earlier periods), persons returned against
 * persons ordered to leave (orders of earlier periods), temporary protection granted in a month
 * against beneficiaries at its end (beneficiaries leave within the month too).
 */
const rawCrossRules: unknown[] = [
  {
    id: "uam-within-applicants",
    severity: "error",
    kind: "atMost",
    part: { template: "ASYUMACTM" },
    whole: { template: "ASYAPPCTZM" },
    match: ["citizen", "sex", "age", "applicant"],
    codes: { age: MINORS_AGES },
    partLabel: "unaccompanied minors who applied",
    wholeLabel: "all applicants",
    basis:
      "Art. 4(1): unaccompanied minors are a breakdown of the month's applicants (DOMAIN R8). " +
      "Unknown age is left out: a minor of unknown exact age may be under 14–17 or unknown age " +
      "in the all-applicants table.",
  },
  {
    id: "uam-year-within-applicants",
    severity: "warning",
    kind: "atMost",
    part: { template: "ASYUNAA" },
    whole: { template: "ASYAPPCTZA", where: { applicant: "TOTAL" } },
    match: ["citizen", "sex", "age"],
    codes: { age: MINORS_AGES },
    partLabel: "applicants considered unaccompanied minors",
    wholeLabel: "all applicants of the year",
    basis:
      "Art. 4(3)(a) counts applicants considered unaccompanied minors during the year; some " +
      "may have applied in an earlier year, or been aged on assessment, so this is a warning.",
  },
  {
    id: "uam-ordered-within-all",
    severity: "error",
    kind: "atMost",
    part: { template: "EIORD2" },
    whole: { template: "EIORD1" },
    match: ["citizen", "sex", "age"],
    codes: { age: MINORS_AGES },
    partLabel: "unaccompanied minors ordered to leave",
    wholeLabel: "all third-country nationals ordered to leave",
    basis: "Art. 7(1)(a): unaccompanied minors are among the persons ordered to leave.",
  },
  {
    id: "uam-returned-within-all",
    severity: "error",
    kind: "atMost",
    part: { template: "EIRTN2_AS" },
    whole: { template: "EIRTN1_AS" },
    match: ["citizen", "sex", "age"],
    codes: { age: MINORS_AGES },
    partLabel: "unaccompanied minors returned",
    wholeLabel: "all third-country nationals returned",
    basis: "Art. 7(1)(b): unaccompanied minors are among the persons returned.",
  },
  {
    id: "returned-split-alike",
    severity: "error",
    kind: "equal",
    part: { template: "EIRTN1", where: { c_dest: "TOTAL", return: "TOTAL" } },
    whole: { template: "EIRTN1_AS", where: { age: "TOTAL" } },
    match: ["citizen", "sex"],
    partLabel: "persons returned (by destination and type of return)",
    wholeLabel: "persons returned (by age)",
    basis: "One dataset (migr_eirtn1) split over two sheets: their common cells are one figure.",
  },
  {
    id: "uam-returned-split-alike",
    severity: "error",
    kind: "equal",
    part: { template: "EIRTN2", where: { c_dest: "TOTAL", return: "TOTAL" } },
    whole: { template: "EIRTN2_AS" },
    match: ["citizen", "sex", "age"],
    codes: { age: ["Y_LT18", "UNK"] },
    partLabel: "unaccompanied minors returned (by destination and type of return)",
    wholeLabel: "unaccompanied minors returned (by age)",
    basis: "One dataset (migr_eirtn2) split over two sheets: their common cells are one figure.",
  },
  {
    id: "first-permits-alike",
    severity: "warning",
    kind: "equal",
    part: { template: "RESFAS", where: { age: "TOTAL", sex: "T" } },
    whole: { template: "RESFIRST", where: { duration: "TOTAL" } },
    match: ["reason", "citizen"],
    partLabel: "first permits (by age and sex)",
    wholeLabel: "first permits (by length of validity)",
    basis:
      "Both count first permits issued in the year by reason and citizenship (Art. 6(1)(a)(i)); " +
      "that the age and sex breakdown added in 2020 covers exactly the same permits is inferred, " +
      "so a difference is a warning.",
  },
];

/**
 * Flows over a year against their months or quarters, read from the shorter periods already
 * received. Only flows: a stock at the end of a year is not the sum of its months.
 */
const rawPeriodSumRules: unknown[] = [
  {
    id: "year-is-its-months",
    severity: "warning",
    total: "ASYAPPCTZA",
    parts: "ASYAPPCTZM",
    basis:
      "Eurostat derives migr_asyappctza from the monthly transmissions; a month revised after " +
      "the annual figure was made can leave a difference, so this is a warning.",
  },
];

export const crossRules: CrossRule[] = checkCrossRules(rawCrossRules);
export const periodSumRules: PeriodSumRule[] = checkPeriodSumRules(rawPeriodSumRules);
