import { getTemplate, highlightRules, templateLayout, validateSheet } from "../../src/core";
import { monthlySheet, setFigure } from "../support/sheets";

const syria = { citizen: "SY", sex: "F", age: "TOTAL" };
const findingsOf = (sheet: ReturnType<typeof monthlySheet>, ruleId: string) =>
  validateSheet(sheet).filter((f) => f.ruleId === ruleId);

describe("first-time applicants ≤ all applicants", () => {
  test("first-time applicants at most all applicants pass", () => {
    const sheet = monthlySheet();
    setFigure(sheet, { ...syria, applicant: "FRST" }, 10);
    setFigure(sheet, { ...syria, applicant: "TOTAL" }, 10);
    expect(findingsOf(sheet, "first-time-within-all")).toEqual([]);
  });

  test("more first-time applicants than applicants is an error naming the cells", () => {
    const sheet = monthlySheet();
    setFigure(sheet, { ...syria, applicant: "FRST" }, 12);
    setFigure(sheet, { ...syria, applicant: "TOTAL" }, 10);
    const [finding] = findingsOf(sheet, "first-time-within-all");
    expect(finding).toMatchObject({ severity: "error", actual: 12, expected: 10 });
    expect(finding.key).toMatchObject({ citizen: "SY", applicant: "FRST" });
    expect(finding.involved?.map((i) => i.key.applicant)).toEqual(["FRST", "TOTAL"]);
    expect(finding.message).toBe(
      "Syria, Females, all ages: first-time applicants (12) are more than all applicants (10). " +
        "They are counted within all applicants, so they cannot be more."
    );
  });

  test("subsequent applicants have the same rule", () => {
    const sheet = monthlySheet();
    setFigure(sheet, { ...syria, applicant: "SSEQ" }, 3);
    setFigure(sheet, { ...syria, applicant: "TOTAL" }, 2);
    expect(findingsOf(sheet, "subsequent-within-all")).toHaveLength(1);
  });

  test.each([
    [":", 10],
    [12, ":"],
    [12, null],
    [null, 3],
  ])("waits while either cell is not a number (%p vs %p)", (part, whole) => {
    const sheet = monthlySheet();
    setFigure(sheet, { ...syria, applicant: "FRST" }, part);
    setFigure(sheet, { ...syria, applicant: "TOTAL" }, whole);
    expect(findingsOf(sheet, "first-time-within-all")).toEqual([]);
  });

  test("is declared on every applicants table with an applicant dimension", () => {
    for (const id of ["ASYAPPCTZM", "ASYAPPCTZA", "ASYUMACTM"]) {
      const rule = getTemplate(id).rules.find((r) => r.id === "first-time-within-all");
      expect(rule).toMatchObject({ kind: "atMost", part: "FRST", whole: "TOTAL" });
    }
  });

  test("compiles to a conditional format on each first-time column", () => {
    const template = getTemplate("ASYAPPCTZM");
    const layout = templateLayout(template, "common");
    const compiled = highlightRules(template, layout).filter(
      (r) => r.ruleId === "first-time-within-all"
    );
    const frstColumns = layout.colKeys.filter((k) => k.applicant === "FRST").length;
    expect(compiled).toHaveLength(frstColumns);
    expect(compiled[0].formula).toMatch(/^=AND\(ISNUMBER\([A-Z]+\d+\),ISNUMBER\([A-Z]+\d+\),/);
  });
});
