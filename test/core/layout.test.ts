import {
  buildSheetContent,
  evaluateSum,
  getTemplate,
  highlightRules,
  inputRules,
  readSheet,
} from "../../src/core";

const template = getTemplate("ASYAPPCTZM");

describe("the generated sheet", () => {
  const content = buildSheetContent(template, "ME", "2026-06");

  test("carries codes and labels so any cell's key can be read back", () => {
    const { grid, layout } = content;
    expect(grid[1][1]).toBe("ASYAPPCTZM");
    expect(grid[2][1]).toBe("ME");
    expect(grid[2][2]).toBe("Montenegro");
    expect(grid[3][1]).toBe("2026-06");
    expect(grid[layout.codeRowOf(0)][0]).toBe("applicant");
    expect(grid[layout.firstDataRow][0]).toBe("TOTAL");
    expect(layout.colKeys).toHaveLength(3 * 4 * 8);

    const sheet = readSheet(grid, "ASYAPPCTZM");
    expect(sheet.layout.rowKeys).toEqual(layout.rowKeys);
    expect(sheet.layout.colKeys).toEqual(layout.colKeys);
    expect(sheet.country).toBe("ME");
    expect(sheet.period).toBe("2026-06");
  });

  test("a row the user added below the last one is read with its own code", () => {
    const grid = content.grid.map((row) => [...row]);
    grid.push(["UA", "Ukraine", 5]);
    const sheet = readSheet(grid);
    expect(sheet.layout.rowKeys.at(-1)).toEqual({ citizen: "UA" });
    expect(sheet.values.at(-1)![0]).toBe(5);
  });

  test("figures without a code, and sheets that are not templates, are clear user errors", () => {
    const grid = content.grid.map((row) => [...row]);
    grid.push([null, null, 5]);
    expect(() => readSheet(grid, "Data")).toThrow(/Sheet "Data", row \d+: figures without a code/);
    expect(() => readSheet([["x"], ["Template", "FOO"]], "Other")).toThrow(
      /not a WB-MIDEX template/
    );
  });

  test("a period Excel turned into a date is read back as its month", () => {
    const grid = content.grid.map((row) => [...row]);
    grid[3][1] = 46174; // 2026-06-01 as an Excel serial day
    expect(readSheet(grid).period).toBe("2026-06");
  });
});

describe("rules compiled to Excel formulas", () => {
  const rules = highlightRules(template, buildSheetContent(template, "ME", "2026-06").layout);

  test("cover the figure check and every identity column or row", () => {
    expect(rules[0]).toMatchObject({ ruleId: "figure-value", range: "C14:CT253" });
    const count = (id: string) => rules.filter((r) => r.ruleId === id).length;
    expect(count("sex-total")).toBe(3 * 8);
    expect(count("age-total")).toBe(3 * 4);
    expect(count("age-minors")).toBe(3 * 4);
    expect(count("applicant-total")).toBe(4 * 8);
    expect(count("citizen-total")).toBe(1);
    expect(rules.find((r) => r.ruleId === "citizen-total")!.formula).toContain("C$17:C$253");
  });

  test("input validation allows whole numbers and the marker", () => {
    expect(
      inputRules(template, buildSheetContent(template, "ME", "2026-06").layout)[0].formula
    ).toBe('=OR(C14=":",AND(ISNUMBER(C14),C14>=0,C14=INT(C14)))');
  });

  test("the evaluator skips identities on markers and text, as the formula does", () => {
    expect(evaluateSum(3, [1, 1, 1])).toBeUndefined();
    expect(evaluateSum(3, [1, ":", 1])).toBeUndefined();
    expect(evaluateSum(null, [null, null])).toBeUndefined();
    expect(evaluateSum(null, [2])).toEqual({ actual: 0, expected: 2 });
  });
});

describe("row sets", () => {
  test("a sheet can start with the citizenships a country usually needs", () => {
    const all = buildSheetContent(template, "ME", "2026-06", "all").layout.rowKeys;
    const common = buildSheetContent(template, "ME", "2026-06", "common").layout.rowKeys;
    expect(common.length).toBeLessThan(all.length);
    const codes = common.map((k) => k.citizen);
    expect(codes.slice(0, 3)).toEqual(["TOTAL", "EU27_2020", "EXT_EU27_2020"]);
    expect(codes).toEqual(
      expect.arrayContaining(["AL", "BA", "XK", "ME", "MK", "RS", "SY", "STLS"])
    );
  });
});
