import { allPackages, findPackage, packageSchedule } from "../../src/core";

describe("reporting packages", () => {
  test("group every template by frequency and part of the Regulation", () => {
    const packages = allPackages();
    const ids = packages.map((p) => p.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        "monthly-asylum",
        "quarterly-asylum",
        "quarterly-returns",
        "annual-permits",
      ])
    );
    const templates = packages.flatMap((p) => p.templates.map((t) => t.id));
    expect(new Set(templates).size).toBe(templates.length);
    for (const p of packages)
      expect(p.templates.every((t) => t.frequency === p.frequency)).toBe(true);
  });

  test("monthly asylum for 2026-06 lists each table with its deadline", () => {
    const schedule = packageSchedule(findPackage("Monthly-Asylum")!, "2026-06");
    const applicants = schedule.find((e) => e.template.id === "ASYAPPCTZM")!;
    expect(applicants.deadline).toBe("2026-08-31");
    expect(schedule.map((e) => e.template.id)).toContain("ASYPENCTZM");
  });
});
