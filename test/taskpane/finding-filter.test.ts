import type { Finding } from "../../src/core";
import {
  currentFilter,
  findingsAt,
  matchesFilter,
  ruleCounts,
} from "../../src/taskpane/finding-filter";

function finding(ruleId: string, severity: "error" | "warning", address: string): Finding {
  return { ruleId, severity, address, messageId: "value.negative", params: {}, message: "" };
}

const findings = [
  finding("age-total", "error", "C14"),
  finding("figure-value", "error", "E20"),
  finding("age-total", "error", "C15"),
  finding("plausible-change", "warning", "E20"),
];

describe("filtering the findings list", () => {
  it("keeps every finding without a filter, and narrows by severity and by rule together", () => {
    expect(findings.filter((f) => matchesFilter(f, {}))).toHaveLength(4);
    expect(findings.filter((f) => matchesFilter(f, { severity: "warning" }))).toEqual([
      findings[3],
    ]);
    const ageErrors = findings.filter((f) =>
      matchesFilter(f, { severity: "error", ruleId: "age-total" })
    );
    expect(ageErrors.map((f) => f.address)).toEqual(["C14", "C15"]);
  });

  it("offers the rules that found something, the most frequent first, with counts", () => {
    expect(ruleCounts(findings)).toEqual([
      { ruleId: "age-total", count: 2 },
      { ruleId: "figure-value", count: 1 },
      { ruleId: "plausible-change", count: 1 },
    ]);
  });

  it("drops a rule from the filter once its last finding is fixed, keeping the severity", () => {
    const filter = { severity: "error" as const, ruleId: "figure-value" };
    expect(currentFilter(filter, findings)).toBe(filter);
    expect(currentFilter(filter, findings.slice(0, 1))).toEqual({ severity: "error" });
  });

  it("finds what is wrong with the selected cell, and nothing when no cell is selected", () => {
    expect(findingsAt(findings, "E20").map((f) => f.ruleId)).toEqual([
      "figure-value",
      "plausible-change",
    ]);
    expect(findingsAt(findings, undefined)).toEqual([]);
    expect(findingsAt(findings, "A1")).toEqual([]);
  });
});
