import { dataCellAddress, DimensionKey, Finding, keyString, SheetData } from "../../src/core";
import { submitToExchange } from "../../src/client/exchange-client";
import { ExchangeError } from "../../src/client/exchange-error";
import { onOwnSheet } from "../../src/client/finding-cells";
import {
  describeEachStore,
  girlsSheet,
  post,
  requestOf,
  review,
  startTestExchange,
  TestExchange,
  tokenFor,
  tokenWithRole,
} from "./exchange-fixture";

/** Girls of Germany on a new sheet with rows added at its end for `added`, in that order. */
const germanGirls = (templateId: string, period: string, added: string[], count: number) =>
  girlsSheet(templateId, period, count, { citizen: "DE", added });

/** The address of the cell with a finding's key on the submitter's sheet, found by position. */
function addressOn(sheet: SheetData, key: DimensionKey): string {
  const { rowKeys, colKeys, rowDims, colDims } = sheet.layout;
  const row = rowKeys.findIndex((k) => keyString(k, rowDims) === keyString(key, rowDims));
  const col = colKeys.findIndex((k) => keyString(k, colDims) === keyString(key, colDims));
  return dataCellAddress(sheet, row, col);
}

const lastRowOf = (sheet: SheetData, back = 1) =>
  sheet.layout.firstDataRow + sheet.layout.rowKeys.length - back;

const rowOf = (address: string) => Number(/\d+$/.exec(address)![0]) - 1;

/** What the exchange answered a refused submission with. */
async function refusalOf(exchange: TestExchange, token: string, sheet: SheetData) {
  try {
    await submitToExchange({ endpoint: exchange.url, token, request: requestOf(sheet) });
  } catch (error) {
    if (error instanceof ExchangeError) return error.findings ?? [];
    throw error;
  }
  throw new Error("the exchange stored the submission");
}

describeEachStore((kind) => {
  let exchange: TestExchange;
  let token: string;
  let reviewer: string;

  beforeAll(async () => {
    exchange = await startTestExchange(kind);
    token = await tokenFor(exchange, "ME");
    reviewer = await tokenWithRole(exchange, "RS", "reviewer");
  });

  afterAll(() => exchange.close());

  test("a finding on an added citizenship row names that row's cell on the submitter's sheet", async () => {
    const sheet = germanGirls("ASYAPPCTZM", "2026-05", ["DE"], 3);
    const total = sheet.layout.colKeys.findIndex(
      (k) => k.applicant === "TOTAL" && k.sex === "T" && k.age === "TOTAL"
    );
    sheet.values[sheet.values.length - 1][total] = 4;

    const response = await post(exchange, token, requestOf(sheet));
    expect(response.status).toBe(422);
    const findings = (await response.json()).findings as Finding[];
    const onGermany = findings.filter((f) => f.key?.citizen === "DE");
    expect(onGermany.length).toBeGreaterThan(0);
    for (const f of onGermany) expect(rowOf(f.address!)).toBe(lastRowOf(sheet));
    for (const f of findings.filter((f) => f.key)) {
      expect(f.address).toBe(addressOn(sheet, f.key!));
    }
  });

  test("on a sheet whose rows were added in another order, the client finds each cell by key", async () => {
    // The template has Belgium before Germany; the official added Germany first.
    const sheet = germanGirls("ASYAPPCTZM", "2026-05", ["DE", "BE"], 3);
    const germany = lastRowOf(sheet, 2);
    const blank = sheet.layout.colKeys.findIndex(
      (k) => k.applicant === "SSEQ" && k.sex === "M" && k.age === "UNK"
    );
    sheet.values[germany - sheet.layout.firstDataRow][blank] = null;

    const found = await refusalOf(exchange, token, sheet);
    const onOwn = onOwnSheet(found, sheet);
    const blankCell = onOwn.find((f) => f.messageId === "complete.blank");
    const asSent = found.find((f) => f.messageId === "complete.blank");
    expect(blankCell?.address).toBe(
      dataCellAddress(sheet, germany - sheet.layout.firstDataRow, blank)
    );
    expect(asSent?.address).not.toBe(blankCell?.address);
    expect(blankCell?.message).toMatch(new RegExp(`^${blankCell!.address} \\(Germany, `));
    for (const f of onOwn.filter((f) => f.key)) expect(f.address).toBe(addressOn(sheet, f.key!));
  });

  test("a finding against a related table moves to the submitter's cell and keeps the other table's", async () => {
    const applicants = germanGirls("ASYAPPCTZM", "2026-07", ["DE"], 3);
    const response = await post(exchange, token, requestOf(applicants));
    const body = await response.json();
    expect(body.error).toBeUndefined();
    const { submissionId } = body;
    expect((await review(exchange, reviewer, submissionId, { decision: "accept" })).status).toBe(
      200
    );

    const minors = germanGirls("ASYUMACTM", "2026-07", ["DE", "BE"], 5);
    minors.sheetName = "UAM July";
    const found = await refusalOf(exchange, token, minors);
    const crossTable = onOwnSheet(found, minors).filter(
      (f) => f.ruleId === "uam-within-applicants"
    );
    const onGermany = crossTable.filter((f) => f.key!.citizen === "DE");
    expect(onGermany.length).toBeGreaterThan(0);
    for (const f of onGermany) {
      const own = addressOn(minors, f.key!);
      const accepted = addressOn(applicants, f.involved![1].key);
      expect(f).toMatchObject({ sheet: "UAM July", address: own });
      expect(f.involved!.map((c) => [c.sheet, c.address])).toEqual([
        ["UAM July", own],
        ["ASYAPPCTZM, accepted version 1", accepted],
      ]);
      expect(f.message).toContain(`(5, sheet "UAM July" ${own})`);
      expect(f.message).toContain(`(3, sheet "ASYAPPCTZM, accepted version 1" ${accepted})`);
    }
  });
});
