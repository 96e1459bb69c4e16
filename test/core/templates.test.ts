import { allTemplates, deadline, getTemplate, normalisePeriod, UserError } from "../../src/core";
import { loadTemplates } from "../../src/core/templates/catalogue";
import monthly from "../../templates/ASYAPPCTZM.json";

describe("the template catalogue", () => {
  test("includes the monthly and annual asylum applicants templates with their rules", () => {
    expect(allTemplates().map((t) => t.id)).toEqual(
      expect.arrayContaining(["ASYAPPCTZA", "ASYAPPCTZM"])
    );
    const t = getTemplate("asyappctzm");
    expect(t.frequency).toBe("M");
    expect(t.rules.map((r) => r.id)).toEqual(
      expect.arrayContaining(["sex-total", "age-total", "applicant-total", "citizen-total"])
    );
  });

  test("an unknown template id is a user error naming the known ones", () => {
    expect(() => getTemplate("NOPE")).toThrow(UserError);
    expect(() => getTemplate("NOPE")).toThrow(/ASYAPPCTZM/);
  });

  test("a tampered template is refused with what and where", () => {
    const broken = JSON.parse(JSON.stringify(monthly));
    broken.rules[3].dimension = "colour";
    expect(() => loadTemplates([broken])).toThrow(/ASYAPPCTZM.*colour/);
    const badCode = JSON.parse(JSON.stringify(monthly));
    badCode.dimensions[0].value = "W";
    expect(() => loadTemplates([badCode])).toThrow(/freq code W/);
  });
});

describe("reference periods", () => {
  test.each([
    ["2026-06", "M", "2026-06"],
    ["2026M06", "M", "2026-06"],
    ["2026-Q2", "Q", "2026-Q2"],
    ["2026Q2", "Q", "2026-Q2"],
    ["2026", "A", "2026"],
    ["2026-13", "M", undefined],
    ["2026", "M", undefined],
    ["26-06", "M", undefined],
  ] as const)("%s as %s → %s", (text, frequency, expected) => {
    expect(normalisePeriod(text, frequency)).toBe(expected);
  });

  test("deadlines fall on the last day of the n-th month after the period", () => {
    expect(deadline("2026-06", "M", 2)).toBe("2026-08-31");
    expect(deadline("2026-Q4", "Q", 2)).toBe("2027-02-28");
    expect(deadline("2025", "A", 3)).toBe("2026-03-31");
  });
});
