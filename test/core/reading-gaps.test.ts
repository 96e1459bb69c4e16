import {
  buildSheetContent,
  CellValue,
  getTemplate,
  readSdmxCsv,
  readSheet,
  sheetToObservations,
  UserError,
  validateSheet,
} from "../../src/core";

const template = getTemplate("ASYAPPCTZM");

/** A fresh sheet's grid (its common rows) with a figure in every cell of its data area. */
function filledGrid(): CellValue[][] {
  const { grid, layout } = buildSheetContent(template, "ME", "2026-06", "common");
  const copy = grid.map((row) => [...row]);
  layout.rowKeys.forEach((_, r) =>
    layout.colKeys.forEach((_, c) => (copy[layout.firstDataRow + r][layout.firstDataCol + c] = 0))
  );
  return copy;
}

const FIRST_DATA_ROW = 13;
const FIRST_DATA_COL = 2;

describe("a sheet with a cleared row or column in the middle", () => {
  test("reads every row after a cleared row, keeping the cleared one blank", () => {
    const grid = filledGrid();
    const rows = grid.length - FIRST_DATA_ROW;
    grid[FIRST_DATA_ROW + 1] = []; // A15:CT15 cleared
    const sheet = readSheet(grid, "ASYAPPCTZM");

    expect(sheet.layout.rowKeys).toHaveLength(rows);
    expect(sheet.layout.rowKeys[1]).toEqual({ citizen: "" });
    expect(sheet.layout.rowKeys[2]).toEqual({ citizen: "EXT_EU27_2020" });
    expect(sheet.values[1].every((v) => v === null)).toBe(true);
    const observations = sheetToObservations(sheet);
    expect(observations).toHaveLength((rows - 1) * sheet.layout.colKeys.length);
    expect(observations.some((o) => o.key.citizen === "")).toBe(false);
  });

  test("reads a code and its figures below blank rows, at their own addresses", () => {
    const grid = filledGrid();
    const row = grid.length + 2;
    grid[row] = ["BE", "Belgium", 7];
    const sheet = readSheet(grid, "ASYAPPCTZM");

    expect(sheet.layout.rowKeys.at(-1)).toEqual({ citizen: "BE" });
    expect(sheet.layout.firstDataRow + sheet.layout.rowKeys.length - 1).toBe(row);
    expect(sheet.values.at(-1)![0]).toBe(7);
    const belgium = sheetToObservations(sheet).filter((o) => o.key.citizen === "BE");
    expect(belgium).toEqual([expect.objectContaining({ value: 7 })]);
  });

  test("a blank row breaks no identity and is not a figure of any total", () => {
    const grid = filledGrid();
    grid[FIRST_DATA_ROW + 5] = [];
    const sheet = readSheet(grid, "ASYAPPCTZM");
    expect(validateSheet(sheet)).toEqual([]);
  });

  test("figures under a column whose codes were cleared are an error naming the cell", () => {
    const grid = filledGrid();
    for (const codeRow of [6, 8, 10]) grid[codeRow][FIRST_DATA_COL + 4] = null;
    expect(() => readSheet(grid, "ASYAPPCTZM")).toThrow(UserError);
    expect(() => readSheet(grid, "ASYAPPCTZM")).toThrow(
      /Sheet "ASYAPPCTZM", G14: a figure in a column without a code in G7/
    );
  });

  test("a cleared column without figures is kept blank and the columns after it are read", () => {
    const grid = filledGrid();
    const width = grid[6].length - FIRST_DATA_COL;
    for (let r = 6; r < grid.length; r++) grid[r][FIRST_DATA_COL + 4] = null;
    const sheet = readSheet(grid, "ASYAPPCTZM");

    expect(sheet.layout.colKeys).toHaveLength(width);
    expect(sheet.layout.colKeys[4]).toEqual({ applicant: "", sex: "", age: "" });
    expect(sheetToObservations(sheet)).toHaveLength((width - 1) * sheet.layout.rowKeys.length);
  });
});

describe("a sheet whose B2 names another template", () => {
  test("says the header rows do not match that template, not that figures lack a code", () => {
    const grid = filledGrid();
    grid[1][1] = "EIPRE";
    expect(() => readSheet(grid, "ASYAPPCTZM")).toThrow(
      /Sheet "ASYAPPCTZM"'s header rows do not match template EIPRE named in B2: A7 should hold "sex"/
    );
  });
});

describe("the template version in D2", () => {
  test.each(["=cmd|' /c calc'!A1", "1.5"])("%p is an error at D2", (version) => {
    const grid = filledGrid();
    grid[1][3] = version;
    const found = validateSheet(readSheet(grid, "ASYAPPCTZM")).filter((f) => f.address === "D2");
    expect(found).toEqual([
      expect.objectContaining({ severity: "error", messageId: "meta.templateVersion" }),
    ]);
    expect(found[0].message).toContain("is not a template version");
  });

  test("another x.y.z version stays a warning", () => {
    const grid = filledGrid();
    grid[1][3] = "0.8.0";
    const [found] = validateSheet(readSheet(grid, "ASYAPPCTZM")).filter((f) => f.address === "D2");
    expect(found).toMatchObject({ severity: "warning", messageId: "meta.unknownTemplateVersion" });
  });
});

describe("messages quote at most the start of a long value", () => {
  test("a figure cell holding a megabyte of text", () => {
    const grid = filledGrid();
    grid[FIRST_DATA_ROW][FIRST_DATA_COL] = "x".repeat(1_000_000);
    const [found] = validateSheet(readSheet(grid, "ASYAPPCTZM")).filter(
      (f) => f.ruleId === "figure-value"
    );
    expect(found.message.length).toBeLessThan(400);
    expect(found.message).toContain(`"${"x".repeat(60)}…"`);
    expect(JSON.stringify(found).length).toBeLessThan(1500);
  });
});

describe("SDMX-CSV lines", () => {
  const header =
    "STRUCTURE,STRUCTURE_ID,ACTION,freq,unit,citizen,sex,age,applicant,geo,TIME_PERIOD,OBS_VALUE";
  const line = (period: string, value: string) =>
    `dataflow,ESTAT:MIGR_ASYAPPCTZM(1.0),I,M,PER,SY,M,Y18-34,FRST,ME,${period},${value}`;

  test("a period of the wrong form says how to write a monthly period", () => {
    const { problems } = readSdmxCsv([header, line("2026-6", "1")].join("\n"));
    expect(problems.map((p) => p.message)).toEqual([
      'line 2: "2026-6" is not a monthly period; write it like 2026-06',
    ]);
  });

  test("a value beyond 2^53 is a problem of its line, not a rounded figure", () => {
    const parsed = readSdmxCsv(
      [header, line("2026-06", "9007199254740993"), line("2026-06", "5")].join("\n")
    );
    expect(parsed.problems.map((p) => p.message)).toEqual([
      "line 2: OBS_VALUE 9007199254740993 is too large to be a count",
    ]);
    expect(parsed.observations.map((o) => o.value)).toEqual([5]);
  });
});
