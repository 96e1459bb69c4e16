import fs from "fs";
import path from "path";
import { allTemplates, codeLists, emptySheet, findTemplate, Template } from "../../src/core";
import { loadTemplates } from "../../src/core/templates/catalogue";
import { sheetCodes } from "../../src/core/layout/sheet-layout";
import { sheetSize } from "./fill";

const TEMPLATE_DIR = path.join(__dirname, "..", "..", "templates");
const templateFiles = fs.readdirSync(TEMPLATE_DIR).filter((f) => f.endsWith(".json"));
const templates = allTemplates();

/** Legal-basis article → expected frequency and months to the deadline (DOMAIN.md §1). */
const ARTICLES: [RegExp, string, number][] = [
  [/Article 4\(1\)/, "M", 2],
  [/Article 4\(2\)\(a\)|Article 4\(2\)\(b\)/, "Q", 2],
  [/Article 4\(3\)/, "A", 3],
  [/Article 4\(4\)/, "A", 3],
  [/Article 5\(1\)/, "A", 3],
  [/Article 6\(1\)/, "A", 6],
  [/Article 7\(1\)/, "Q", 2],
  [/Article 3\(1\)\((a|b|d)\)/, "A", 12],
];

describe("the whole template catalogue", () => {
  test("every template file in templates/ parses and is shipped", () => {
    const raw = templateFiles.map((f) =>
      JSON.parse(fs.readFileSync(path.join(TEMPLATE_DIR, f), "utf8"))
    );
    expect(loadTemplates(raw).size).toBe(templateFiles.length);
    expect(templates.map((t) => `${t.id}.json`).sort()).toEqual([...templateFiles].sort());
  });

  test("holds at least 25 templates covering Articles 3, 4(1)–4(4), 5, 6 and 7", () => {
    expect(templates.length).toBeGreaterThanOrEqual(25);
    for (const article of ["3(1)", "4(1)", "4(2)", "4(3)", "4(4)", "5(1)", "6(1)", "7(1)"]) {
      const covering = templates.filter((t) => t.legalBasis.includes(`Article ${article}`));
      expect([article, covering.length > 0]).toEqual([article, true]);
    }
  });

  test.each(templates.map((t) => [t.id, t] as const))(
    "%s names its Eurostat dataset, structure and version",
    (_, t) => {
      expect(t.version).toBe("1.0.0");
      expect(t.structureId).toBe(`ESTAT:${t.dataset}(1.0)`);
      expect(
        t.id === t.dataset.replace(/^MIGR_/, "") || t.id.startsWith(`${t.dataset.slice(5)}_`)
      ).toBe(true);
      expect(t.description).toContain(t.dataset.toLowerCase());
      expect(t.legalBasis).toMatch(/Regulation \(EC\) No 862\/2007|Eurostat data collection/);
      expect(t.dimensions.map((d) => d.id)).toContain("unit");
    }
  );

  test.each(templates.map((t) => [t.id, t] as const))(
    "%s has the frequency and deadline of its article",
    (_, t) => {
      const article = ARTICLES.find(([pattern]) => pattern.test(t.legalBasis));
      if (/temporary protection/.test(t.legalBasis)) {
        expect([t.frequency, t.deadline.monthsAfterPeriodEnd]).toEqual(["M", 1]);
      } else if (t.id === "POP1CTZ") {
        // Eurostat dates the end-of-year stock by the following 1 January.
        expect([t.frequency, t.deadline.monthsAfterPeriodEnd]).toEqual(["A", 0]);
      } else if (t.id === "ASYAPPCTZA") {
        expect([t.frequency, t.deadline.monthsAfterPeriodEnd]).toEqual(["A", 2]);
      } else {
        expect(article).toBeDefined();
        expect([t.frequency, t.deadline.monthsAfterPeriodEnd]).toEqual([article![1], article![2]]);
      }
    }
  );

  test.each(templates.map((t) => [t.id, t] as const))(
    "%s keeps its sheet under 40,000 figure cells and 150 columns",
    (_, t) => {
      const size = sheetSize(emptySheet(t, "ME", "2026"));
      expect(size.cells).toBeLessThanOrEqual(40000);
      expect(size.columns).toBeLessThanOrEqual(150);
      expect(size.cells).toBeGreaterThan(0);
    }
  );

  test.each(templates.map((t) => [t.id, t] as const))(
    "%s checks only identities whose total and parts are on its sheet",
    (_, t: Template) => {
      for (const rule of t.rules) {
        if (rule.kind !== "sum") continue;
        const dim = t.dimensions.find((d) => d.id === rule.dimension)!;
        expect([rule.id, dim.role]).toEqual([rule.id, expect.stringMatching(/^(row|column)$/)]);
        const onSheet = sheetCodes(dim);
        const parts = rule.parts === "all" ? [] : rule.parts;
        expect([rule.id, [rule.total, ...parts].filter((c) => !onSheet.includes(c))]).toEqual([
          rule.id,
          [],
        ]);
      }
    }
  );
});

describe("code lists of the catalogue", () => {
  test("group codes are marked as aggregates so 'all' never adds them", () => {
    const aggregates: [string, string][] = [
      ["citizen", "EU27_2020"],
      ["age-minors", "Y_LT18"],
      ["age-minors", "Y14-17"],
      ["decision-asylum", "POS"],
      ["apprehen", "BRD_EXT"],
      ["leg_prov", "CHRG"],
      ["reason-change", "CHG_FAM"],
      ["return", "VOLU"],
    ];
    for (const [list, code] of aggregates) {
      expect([list, code, codeLists.isAggregate(list, code)]).toEqual([list, code, true]);
    }
    expect(codeLists.isAggregate("partner-dublin", "DE")).toBe(false);
  });

  test("the Dublin partners are the 31 Dublin states and their total", () => {
    const partners = codeLists.get("partner-dublin").codes.map((c) => c.code);
    expect(partners).toHaveLength(32);
    expect(partners).toEqual(expect.arrayContaining(["TOTAL", "EL", "NO", "CH", "IS", "LI"]));
    expect(partners).not.toContain("ME");
  });

  test("split datasets keep their main template first, so a file of the dataset finds it", () => {
    expect(findTemplate("EIPRE")?.dataset).toBe(findTemplate("EIPRE_GP")?.dataset);
    for (const dataset of ["MIGR_EIPRE", "MIGR_EIRTN1", "MIGR_EIRTN2"]) {
      const first = templates.find((t) => t.dataset === dataset)!;
      expect(first.id).toBe(dataset.slice(5));
    }
  });
});
