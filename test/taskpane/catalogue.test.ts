import { allTemplates, findPackage, packageSchedule } from "../../src/core";
import { catalogueSummary } from "../../src/core/templates/catalogue-summary";
import { catalogueGroups, periodFor } from "../../src/taskpane/catalogue";

const templates = allTemplates();
const catalogue = catalogueSummary();

describe("the catalogue", () => {
  it("lists packages first, then templates grouped by article in the Regulation's order", () => {
    const headings = catalogueGroups(catalogue, "", "").map((g) => g.heading);

    expect(headings).toEqual([
      "Reporting packages",
      "Art. 3",
      "Art. 4(1)",
      "Art. 4(2)",
      "Art. 4(3)",
      "Art. 4(4)",
      "Art. 5",
      "Art. 6",
      "Art. 7",
    ]);
  });

  it("lists every template once", () => {
    const entries = catalogueGroups(catalogue, "", "").flatMap((g) => g.entries);
    const ids = entries.filter((e) => e.choice.kind === "template").map((e) => e.name);

    expect([...ids].sort()).toEqual(templates.map((t) => t.id).sort());
  });

  it("finds templates by id, title words or dataset, ignoring case", () => {
    const names = (query: string) =>
      catalogueGroups(catalogue, query, "")
        .filter((g) => g.heading !== "Reporting packages")
        .flatMap((g) => g.entries.map((e) => e.name));

    expect(names("asyappctzm")).toEqual(["ASYAPPCTZM"]);
    expect(names("MIGR_ASYAPPCTZM")).toEqual(["ASYAPPCTZM"]);
    expect(names("unaccompanied returns")).toEqual([]);
    expect(names("dublin").every((n) => n.startsWith("DUB"))).toBe(true);
  });

  it("offers the monthly protection package with its tables and earliest deadline", () => {
    const schedule = packageSchedule(findPackage("monthly-asylum")!, "2026-06");
    const earliest = schedule.map((s) => s.deadline).sort()[0];
    const entries = catalogueGroups(catalogue, "monthly international", "2026-06")[0].entries;

    expect(entries[0]).toMatchObject({
      choice: { kind: "package", id: "monthly-asylum" },
      name: "Monthly international protection (Art. 4)",
      frequency: "M",
      deadline: earliest,
    });
    expect(entries[0].tables).toBeGreaterThan(1);
  });

  it("dates quarterly and annual tables from a typed month, and none from a bare year", () => {
    const entry = (id: string, period: string) =>
      catalogueGroups(catalogue, id, period)
        .flatMap((g) => g.entries)
        .find((e) => e.name === id);

    expect(entry("ASYAPPCTZM", "2026-06")?.deadline).toBe("2026-08-31");
    expect(entry("EIORD1", "2026-05")?.deadline).toBeDefined();
    expect(entry("ASYAPPCTZM", "2026")?.deadline).toBeUndefined();
  });
});

describe("a typed period in another frequency", () => {
  it.each([
    ["2026-06", "M", "2026-06"],
    ["2026-06", "Q", "2026-Q2"],
    ["2026-10", "Q", "2026-Q4"],
    ["2026-06", "A", "2026"],
    ["2026-Q3", "A", "2026"],
    ["2026", "M", undefined],
    ["2026-Q3", "M", undefined],
    ["June", "A", undefined],
  ] as const)("%s as %s is %s", (text, frequency, expected) => {
    expect(periodFor(text, frequency)).toBe(expected);
  });
});
