import {
  allTemplates,
  codeLists,
  crossRules,
  periodSumRules,
  Rule,
  Template,
} from "../../src/core";
import { dimension, sheetCodes } from "../../src/core/layout/sheet-layout";

/**
 * Each identity of ../shared/DOMAIN.md §5.2 is a declared rule: the table below ties each one to
 * the data that declares it. The rules themselves have failing and passing cases in rules.test.ts
 * (R1, R3–R7), inequality.test.ts (R6), package-rules.test.ts (R8, R10), submission.test.ts,
 * plausibility.test.ts (R13), and on every template in test/templates.
 */
const varying = (t: Template, codeList: string) =>
  t.dimensions.find((d) => (d.role === "row" || d.role === "column") && d.codeList === codeList);
const sumRule = (t: Template, dimension: string, total: string) =>
  t.rules.find(
    (r): r is Extract<Rule, { kind: "sum" }> =>
      r.kind === "sum" && r.dimension === dimension && r.total === total
  );
const onSheet = (t: Template, dim: string) => sheetCodes(dimension(t, dim));

describe("DOMAIN.md §5.2 identities are declared", () => {
  const templates = allTemplates();

  test("R1, R12: every figure is a whole number ≥ 0 or the ':' marker", () => {
    for (const t of templates) {
      expect(t.rules).toContainEqual(expect.objectContaining({ kind: "value", notAvailable: ":" }));
    }
  });

  test("R2: every template checks its codes", () => {
    for (const t of templates) expect(t.rules.map((r) => r.kind)).toContain("codes");
  });

  test("R3: sex T = M + F (+ UNK where the code list has it)", () => {
    for (const t of templates) {
      const sex = varying(t, "sex");
      if (!sex) continue;
      const codes = onSheet(t, sex.id);
      const rule = sumRule(t, sex.id, "T");
      expect([t.id, rule?.parts]).toEqual([t.id, codes.filter((c) => c !== "T")]);
    }
  });

  test("R4: age TOTAL = six groups, Y_LT18 = Y_LT14 + Y14-17, Y14-17 = Y14-15 + Y16-17", () => {
    for (const t of templates) {
      const asylum = varying(t, "age-asylum");
      if (asylum && onSheet(t, asylum.id).includes("TOTAL")) {
        expect(sumRule(t, asylum.id, "TOTAL")?.parts).toEqual([
          "Y_LT14",
          "Y14-17",
          "Y18-34",
          "Y35-64",
          "Y_GE65",
          "UNK",
        ]);
      }
      if (asylum && onSheet(t, asylum.id).includes("Y_LT18")) {
        expect([t.id, sumRule(t, asylum.id, "Y_LT18")?.parts]).toEqual([
          t.id,
          ["Y_LT14", "Y14-17"],
        ]);
      }
      const minors = varying(t, "age-minors");
      if (minors && onSheet(t, minors.id).includes("Y14-15")) {
        expect(sumRule(t, minors.id, "Y_LT18")?.parts).toEqual(["Y_LT14", "Y14-17"]);
        expect(sumRule(t, minors.id, "Y14-17")?.parts).toEqual(["Y14-15", "Y16-17"]);
      }
    }
  });

  test("R5: citizenship TOTAL = every non-aggregate row", () => {
    for (const t of templates) {
      const citizen = varying(t, "citizen");
      if (!citizen) continue;
      expect([t.id, sumRule(t, citizen.id, "TOTAL")?.parts]).toEqual([t.id, "all"]);
    }
    expect(codeLists.isAggregate("citizen", "EU27_2020")).toBe(true);
    expect(codeLists.isAggregate("citizen", "EXT_EU27_2020")).toBe(true);
  });

  test("R6: applicants TOTAL = FRST + SSEQ and FRST ≤ TOTAL", () => {
    const withApplicant = templates.filter((t) => varying(t, "applicant"));
    expect(withApplicant.map((t) => t.id).sort()).toEqual([
      "ASYAPPCTZA",
      "ASYAPPCTZM",
      "ASYUMACTM",
    ]);
    for (const t of withApplicant) {
      expect(sumRule(t, "applicant", "TOTAL")?.parts).toEqual(["FRST", "SSEQ"]);
      expect(t.rules).toContainEqual(
        expect.objectContaining({ kind: "atMost", part: "FRST", whole: "TOTAL" })
      );
    }
  });

  test("R7: decisions TOTAL = POS + NEG, POS = POS_RFG + POS_SPROT + POS_HUM", () => {
    const withDecision = templates.filter((t) => varying(t, "decision-asylum"));
    expect(withDecision.length).toBeGreaterThanOrEqual(2);
    for (const t of withDecision) {
      expect(sumRule(t, "decision", "TOTAL")?.parts).toEqual(["POS", "NEG"]);
      expect(sumRule(t, "decision", "POS")?.parts).toEqual(["POS_RFG", "POS_SPROT", "POS_HUM"]);
    }
  });

  test("R8: unaccompanied minors ≤ applicants of the same month, citizenship, sex and age", () => {
    const rule = crossRules.find((r) => r.id === "uam-within-applicants")!;
    expect(rule).toMatchObject({
      kind: "atMost",
      severity: "error",
      part: { template: "ASYUMACTM" },
      whole: { template: "ASYAPPCTZM" },
    });
    expect(rule.match).toEqual(expect.arrayContaining(["citizen", "sex", "age"]));
    // UAM ages < 18 only: the minors' age list has no adult class.
    const ages = codeLists.get("age-minors").codes.map((c) => c.code);
    expect(ages.some((a) => /Y18|GE|TOTAL/.test(a))).toBe(false);
  });

  test("R9: permits TOTAL reason = FAM + EDUC + EMP + OTH", () => {
    const withReason = templates.filter((t) => varying(t, "reason-permit"));
    expect(withReason.length).toBeGreaterThanOrEqual(3);
    for (const t of withReason) {
      expect(sumRule(t, "reason", "TOTAL")?.parts).toEqual(["FAM", "EDUC", "EMP", "OTH"]);
    }
  });

  test("R10: stocks are marked and never summed across periods", () => {
    const stocks = templates.filter((t) => t.measure === "stock").map((t) => t.id);
    expect(stocks.sort()).toEqual(["ASYPENCTZM", "ASYTPSM", "POP1CTZ", "RESLONG", "RESVALID"]);
    for (const r of periodSumRules) {
      expect(stocks).not.toContain(r.total);
      expect(stocks).not.toContain(r.parts);
    }
    for (const t of templates) expect(["flow", "stock"]).toContain(t.measure);
  });

  test("R13: every template declares the plausibility check against its history", () => {
    for (const t of templates) {
      expect(t.rules).toContainEqual(expect.objectContaining({ kind: "plausibility" }));
    }
  });

  test("R14, R15: no rule ties returns to orders, or decisions to applications", () => {
    const pairs = crossRules.map((r) => `${r.part.template}>${r.whole.template}`);
    for (const pair of pairs) {
      expect(pair).not.toMatch(/EIRTN.*>EIORD|EIORD.*>EIRTN/);
      expect(pair).not.toMatch(/ASYDCF|ASYPEN/);
    }
  });
});
