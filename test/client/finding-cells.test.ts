import {
  dataCellAddress,
  DimensionKey,
  emptySheet,
  Finding,
  getTemplate,
  InvolvedCell,
  keyString,
  SheetData,
} from "../../src/core";
import { onOwnSheet } from "../../src/client/finding-cells";

const template = getTemplate("ASYAPPCTZM");

/** The cell with `key` on a sheet, or undefined when the sheet has none. */
function cellOn(sheet: SheetData, key: DimensionKey): string | undefined {
  const { rowKeys, colKeys, rowDims, colDims } = sheet.layout;
  const row = rowKeys.findIndex((k) => keyString(k, rowDims) === keyString(key, rowDims));
  const col = colKeys.findIndex((k) => keyString(k, colDims) === keyString(key, colDims));
  return row < 0 || col < 0 ? undefined : dataCellAddress(sheet, row, col);
}

// The exchange lays every row of the template out; the official's sheet has the common ones.
const exchangeSheet = emptySheet(template, "ME", "2026-06", "all");
const ownSheet = emptySheet(template, "ME", "2026-06", "common");
const columns = { applicant: "FRST", sex: "F", age: "Y14-17" };
const onBoth = { ...exchangeSheet.layout.rowKeys[0], ...columns };
const onlyOnExchange = {
  ...exchangeSheet.layout.rowKeys.find(
    (k) => cellOn(ownSheet, { ...k, ...columns }) === undefined
  )!,
  ...columns,
};

function involvedCell(key: DimensionKey): InvolvedCell {
  return { address: cellOn(exchangeSheet, key)!, key, value: 3 };
}

/** A finding as the exchange words it, on `key`'s cell and involving `involved`. */
function finding(key: DimensionKey, involved: DimensionKey[]): Finding {
  return {
    ruleId: "sum-test",
    severity: "error",
    messageId: "complete.blank",
    params: {},
    message: "as the exchange said it",
    address: cellOn(exchangeSheet, key),
    key,
    involved: involved.map(involvedCell),
  };
}

describe("an exchange finding's involved cells on the official's own sheet", () => {
  test("the setting holds: a row of the exchange's layout that the official's sheet lacks", () => {
    expect(cellOn(ownSheet, onlyOnExchange)).toBeUndefined();
    expect(cellOn(exchangeSheet, onlyOnExchange)).toBeDefined();
    expect(cellOn(ownSheet, onBoth)).toBeDefined();
  });

  test("each is found by its own key; one the sheet has no cell for is left out", () => {
    const [moved] = onOwnSheet([finding(onBoth, [onBoth, onlyOnExchange])], ownSheet);
    expect(moved.address).toBe(cellOn(ownSheet, onBoth));
    expect(moved.involved).toEqual([{ address: cellOn(ownSheet, onBoth), key: onBoth, value: 3 }]);
  });

  test("when the finding's own cell is missing, no involved cell keeps the exchange's address", () => {
    const [moved] = onOwnSheet([finding(onlyOnExchange, [onlyOnExchange, onBoth])], ownSheet);
    expect(moved.address).toBeUndefined();
    expect(moved.involved).toEqual([{ address: cellOn(ownSheet, onBoth), key: onBoth, value: 3 }]);
  });
});
