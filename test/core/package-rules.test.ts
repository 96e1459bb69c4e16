import {
  allPackages,
  codeLists,
  crossRules,
  emptySheet,
  getTemplate,
  Observation,
  periodSumFindings,
  periodSumRules,
  SheetData,
  sheetToObservations,
  subPeriods,
  validatePackage,
} from "../../src/core";
import { setFigure } from "../support/sheets";

function sheetOf(id: string, period: string, name = id, country = "ME"): SheetData {
  const sheet = emptySheet(getTemplate(id), country, period, "common");
  sheet.sheetName = name;
  return sheet;
}

const syriaF = { citizen: "SY", sex: "F", applicant: "FRST" };

describe("cross-template rules are well-formed data", () => {
  test.each(crossRules.map((r) => [r.id, r] as const))("%s", (_, rule) => {
    const part = getTemplate(rule.part.template);
    const whole = getTemplate(rule.whole.template);
    // Both tables travel in one package, so both sheets can be in one workbook.
    const pkg = allPackages().find((p) => p.templates.includes(part))!;
    expect(pkg.templates).toContain(whole);
    for (const side of [rule.part, rule.whole]) {
      const t = getTemplate(side.template);
      const varying = t.dimensions.filter((d) => d.role === "row" || d.role === "column");
      // Every varying dimension is matched or fixed by `where`, so each cell has one partner.
      for (const d of varying) expect([...rule.match, ...Object.keys(side.where)]).toContain(d.id);
      for (const [dim, code] of Object.entries(side.where)) {
        const list = t.dimensions.find((d) => d.id === dim)!.codeList;
        expect(codeLists.has(list, code)).toBe(true);
      }
    }
    for (const dim of rule.match) {
      expect(part.dimensions.some((d) => d.id === dim)).toBe(true);
      expect(whole.dimensions.some((d) => d.id === dim)).toBe(true);
    }
  });

  test("no period sum names a stock", () => {
    for (const rule of periodSumRules) {
      expect(getTemplate(rule.total).measure).toBe("flow");
      expect(getTemplate(rule.parts).measure).toBe("flow");
    }
  });

  test("stocks are marked as stocks", () => {
    for (const id of ["ASYPENCTZM", "ASYTPSM", "POP1CTZ", "RESVALID", "RESLONG"]) {
      expect(getTemplate(id).measure).toBe("stock");
    }
    for (const id of ["ASYAPPCTZM", "ASYDCFSTQ", "RESFIRST", "EIORD1"]) {
      expect(getTemplate(id).measure).toBe("flow");
    }
  });
});

describe("unaccompanied minors ≤ all applicants of the month", () => {
  function pair(uam: number, all: number) {
    const minors = sheetOf("ASYUMACTM", "2026-06", "UAM");
    const applicants = sheetOf("ASYAPPCTZM", "2026-06", "Applicants");
    setFigure(minors, { ...syriaF, age: "Y14-17" }, uam);
    setFigure(applicants, { ...syriaF, age: "Y14-17" }, all);
    return [minors, applicants];
  }

  test("fewer or as many minors pass", () => {
    expect(validatePackage(pair(4, 4))).toEqual([]);
  });

  test("more minors than applicants is an error naming both sheets and cells", () => {
    const [finding] = validatePackage(pair(5, 4));
    expect(finding).toMatchObject({
      ruleId: "uam-within-applicants",
      severity: "error",
      sheet: "UAM",
      actual: 5,
      expected: 4,
    });
    expect(finding.involved?.map((i) => i.sheet)).toEqual(["UAM", "Applicants"]);
    expect(finding.message).toMatch(
      /^Syria, Females, From 14 to 17 years, First time applicant: unaccompanied minors who applied \(5, sheet "UAM" [A-Z]+\d+\) are more than all applicants \(4, sheet "Applicants" [A-Z]+\d+\)\./
    );
  });

  test("sheets of another period or country are not compared", () => {
    const [minors, applicants] = pair(5, 4);
    expect(validatePackage([minors, { ...applicants, period: "2026-05" }])).toEqual([]);
    expect(validatePackage([minors, { ...applicants, country: "AL" }])).toEqual([]);
  });

  test("a relation whose other sheet is absent is skipped", () => {
    expect(validatePackage(pair(5, 4).slice(0, 1))).toEqual([]);
  });

  test("unknown age is not compared, markers are not compared", () => {
    const [minors, applicants] = pair(0, 0);
    setFigure(minors, { ...syriaF, age: "UNK" }, 9);
    setFigure(applicants, { ...syriaF, age: "UNK" }, 1);
    setFigure(minors, { ...syriaF, age: "Y_LT14" }, 9);
    setFigure(applicants, { ...syriaF, age: "Y_LT14" }, ":");
    expect(validatePackage([minors, applicants])).toEqual([]);
  });
});

describe("other relations", () => {
  test("annual minors above annual applicants is only a warning", () => {
    const minors = sheetOf("ASYUNAA", "2025");
    const applicants = sheetOf("ASYAPPCTZA", "2025");
    setFigure(minors, { citizen: "AF", sex: "M", age: "Y_LT18" }, 7);
    setFigure(applicants, { citizen: "AF", sex: "M", age: "Y_LT18", applicant: "TOTAL" }, 6);
    const [finding] = validatePackage([minors, applicants]);
    expect(finding).toMatchObject({ ruleId: "uam-year-within-applicants", severity: "warning" });
    expect(finding.messageId).toBe("package.exceedsUsually");
  });

  test("the two sheets of migr_eirtn1 must agree on their common cells", () => {
    const byDestination = sheetOf("EIRTN1", "2026-Q1");
    const byAge = sheetOf("EIRTN1_AS", "2026-Q1");
    const common = { citizen: "AL", sex: "T" };
    setFigure(byDestination, { ...common, c_dest: "TOTAL", return: "TOTAL" }, 30);
    setFigure(byAge, { ...common, age: "TOTAL" }, 30);
    expect(validatePackage([byDestination, byAge])).toEqual([]);
    setFigure(byAge, { ...common, age: "TOTAL" }, 31);
    const [finding] = validatePackage([byDestination, byAge]);
    expect(finding).toMatchObject({ ruleId: "returned-split-alike", messageId: "package.differs" });
  });
});

describe("an annual flow against the sum of its months", () => {
  const annual = getTemplate("ASYAPPCTZA");
  const monthly = getTemplate("ASYAPPCTZM");
  const key = { citizen: "SY", sex: "F", age: "TOTAL", applicant: "TOTAL" };

  function months(values: number[]): Observation[] {
    return subPeriods("2025", annual, monthly)
      .slice(0, values.length)
      .flatMap((period, i) => {
        const sheet = sheetOf("ASYAPPCTZM", period);
        setFigure(sheet, key, values[i]);
        return sheetToObservations(sheet);
      });
  }

  test("agrees, differs, or is not judged while a month is missing", () => {
    const year = sheetOf("ASYAPPCTZA", "2025");
    setFigure(year, key, 120);
    expect(periodSumFindings(year, monthly, months(Array(12).fill(10)))).toEqual([]);
    const [finding] = periodSumFindings(year, monthly, months(Array(12).fill(11)));
    expect(finding).toMatchObject({
      ruleId: "year-is-its-months",
      severity: "warning",
      actual: 120,
      expected: 132,
    });
    expect(finding.message).toContain("the 12 shorter periods from 2025-01 to 2025-12");
    expect(periodSumFindings(year, monthly, months(Array(11).fill(11)))).toEqual([]);
  });

  test("published figures rounded to 5 may differ by what rounding explains", () => {
    const year = sheetOf("ASYAPPCTZA", "2025");
    setFigure(year, key, 150);
    const found = periodSumFindings(year, monthly, months(Array(12).fill(10)), { roundedTo: 5 });
    expect(found).toEqual([]);
  });

  test("a stock is never summed over periods", () => {
    const pending = sheetOf("ASYPENCTZM", "2025");
    const rules = [
      {
        id: "bad",
        severity: "warning" as const,
        total: "ASYPENCTZM",
        parts: "ASYPENCTZM",
        basis: "x",
      },
    ];
    expect(() => periodSumFindings(pending, getTemplate("ASYPENCTZM"), [], {}, rules)).toThrow(
      /stock/
    );
  });
});
