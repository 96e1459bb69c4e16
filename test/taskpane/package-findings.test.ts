import { emptySheet, getTemplate, SheetData } from "../../src/core";
import type { SheetReport } from "../../src/excel";
import { packageChecker, withPackageFindings } from "../../src/taskpane/package-findings";
import { findingsOf, summaryOf } from "../../src/taskpane/reports";
import { submitBlocker } from "../../src/taskpane/submit-blocker";
import { setFigure } from "../support/sheets";

const syriaF = { citizen: "SY", sex: "F", applicant: "FRST", age: "Y14-17" };

function report(id: string, name: string, figure?: number): SheetReport {
  const data: SheetData = emptySheet(getTemplate(id), "ME", "2026-06", "common");
  data.sheetName = name;
  data.values = data.values.map((row) => row.map(() => 0));
  if (figure !== undefined) setFigure(data, syriaF, figure);
  // That figure breaks the sheet's own totals too; those findings are the adapter's, not tested here.
  return {
    kind: "template",
    sheetId: `id-${name}`,
    sheet: name,
    data,
    findings: [],
  };
}

const cover: SheetReport = {
  kind: "cover",
  sheetId: "c",
  sheet: "Cover",
  cover: { packageId: "monthly-asylum", entries: [] },
};

describe("findings between the sheets of a package, in the pane", () => {
  it("puts a finding under the sheet it names, counts it, and blocks Submit for that sheet", () => {
    const minors = report("ASYUMACTM", "UAM", 5);
    const applicants = report("ASYAPPCTZM", "Applicants", 4);
    expect(findingsOf(minors)).toEqual([]);

    const [withCover, uam, all] = withPackageFindings([cover, minors, applicants]);

    expect(withCover).toBe(cover);
    expect(findingsOf(uam).map((f) => f.ruleId)).toEqual(["uam-within-applicants"]);
    expect(findingsOf(uam)[0].involved?.map((i) => i.sheet)).toEqual(["UAM", "Applicants"]);
    expect(findingsOf(all)).toEqual([]);
    expect(summaryOf([uam, all])).toEqual({ errors: 1, warnings: 0 });
    expect(submitBlocker(uam, "http://127.0.0.1", "t")).toContain("UAM");
    expect(submitBlocker(all, "http://127.0.0.1", "t")).toBeUndefined();
  });

  it("leaves the reports as they are when the figures agree or only one template is open", () => {
    const fixed = [report("ASYUMACTM", "UAM", 4), report("ASYAPPCTZM", "Applicants", 4)];
    expect(withPackageFindings(fixed)).toBe(fixed);

    const alone = [cover, report("ASYUMACTM", "UAM", 5)];
    expect(withPackageFindings(alone)).toBe(alone);
  });

  it("checks the package again only when a sheet's report was replaced", () => {
    const check = packageChecker();
    const minors = report("ASYUMACTM", "UAM", 5);
    const applicants = report("ASYAPPCTZM", "Applicants", 4);
    const first = check([cover, minors, applicants]);

    const coverChanged = { ...cover, cover: { ...cover.cover } } as SheetReport;
    const again = check([coverChanged, minors, applicants]);
    expect(findingsOf(again[1])[0]).toBe(findingsOf(first[1])[0]);

    // The adapter updates a sheet's data in place after an edit, and sends a new report.
    if (minors.kind === "template") setFigure(minors.data, syriaF, 3);
    const fixed = check([cover, { ...minors }, applicants]);
    expect(findingsOf(fixed[1])).toEqual([]);
  });
});
