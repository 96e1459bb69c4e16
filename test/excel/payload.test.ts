import { cellBudget, requestsFor, rowBlocks } from "../../src/excel/payload";

describe("sizing requests under the payload limit", () => {
  it("splits rows into blocks of at most the budget's cells, keeping at least one row each", () => {
    expect(rowBlocks(10, 4, 12)).toEqual([
      { first: 0, count: 3 },
      { first: 3, count: 3 },
      { first: 6, count: 3 },
      { first: 9, count: 1 },
    ]);
    expect(rowBlocks(2, 100, 10)).toEqual([
      { first: 0, count: 1 },
      { first: 1, count: 1 },
    ]);
  });

  it("keeps ranges that fit as one request, unchanged", () => {
    expect(requestsFor(["A1", "C3:D4", "F1:F2"], 100)).toEqual([["A1", "C3:D4", "F1:F2"]]);
  });

  it("starts a new request when the next range would pass the budget", () => {
    expect(requestsFor(["A1:A6", "B1:B6", "C1"], 10)).toEqual([["A1:A6"], ["B1:B6", "C1"]]);
  });

  it("splits one range larger than the budget into row blocks covering it exactly", () => {
    expect(requestsFor(["B2:E11"], 12)).toEqual([["B2:E4"], ["B5:E7"], ["B8:E10"], ["B11:E11"]]);
  });

  it("allows at least one cell per request however small the limit", () => {
    expect(cellBudget(1)).toBe(1);
    expect(cellBudget(2_000_000)).toBeGreaterThan(80_000);
  });
});
