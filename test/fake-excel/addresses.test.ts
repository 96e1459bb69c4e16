import {
  columnToLetters,
  formatRect,
  lettersToColumn,
  parseAddress,
  qualify,
  quoteSheet,
} from "./addresses";

describe("A1 addresses", () => {
  test("columns past Z use two and three letters", () => {
    expect(columnToLetters(25)).toBe("Z");
    expect(columnToLetters(26)).toBe("AA");
    expect(columnToLetters(701)).toBe("ZZ");
    expect(columnToLetters(702)).toBe("AAA");
    expect(lettersToColumn("AA")).toBe(26);
    expect(lettersToColumn("xfd")).toBe(16383);
  });

  test("absolute markers are ignored and corners are normalised", () => {
    expect(parseAddress("$B$3:A1")?.rect).toEqual({ top: 0, left: 0, bottom: 2, right: 1 });
    expect(parseAddress("AA10")?.rect).toEqual({ top: 9, left: 26, bottom: 9, right: 26 });
  });

  test("sheet-qualified addresses undo quoting, including doubled quotes", () => {
    expect(parseAddress("'Table 1'!C2")?.sheet).toBe("Table 1");
    expect(parseAddress("'Bob''s data'!A1:B2")?.sheet).toBe("Bob's data");
    expect(parseAddress("Data!A1")?.sheet).toBe("Data");
  });

  test("whole rows parse and format as row numbers", () => {
    const rows = parseAddress("5:6");
    expect(rows?.rect.left).toBe(0);
    expect(formatRect(rows!.rect)).toBe("5:6");
  });

  test("malformed addresses are rejected", () => {
    expect(parseAddress("A0")).toBeUndefined();
    expect(parseAddress("A1:B2:C3")).toBeUndefined();
    expect(parseAddress("1A")).toBeUndefined();
    expect(parseAddress("XFE1")).toBeUndefined();
  });

  test("sheet names are quoted only when Excel would", () => {
    expect(quoteSheet("Sheet1")).toBe("Sheet1");
    expect(quoteSheet("Table 1")).toBe("'Table 1'");
    expect(quoteSheet("Bob's")).toBe("'Bob''s'");
    expect(quoteSheet("AB1")).toBe("'AB1'");
    expect(qualify("T 1", { top: 0, left: 0, bottom: 1, right: 1 })).toBe("'T 1'!A1:B2");
  });
});
