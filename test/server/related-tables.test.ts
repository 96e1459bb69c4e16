import {
  Finding,
  keyString,
  Observation,
  SheetData,
  sheetToObservations,
  validateForSubmission,
  writeSdmxCsv,
} from "../../src/core";
import { fetchSubmission } from "../../src/client/exchange-client";
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

function errorsOf(sheet: SheetData): Finding[] {
  return validateForSubmission(sheet.template, sheet).filter(
    (f) => f.severity === "error" && f.messageId !== "complete.blankRow"
  );
}

/** The sheet's observations, those under `keys` commented with `text`. */
function commented(sheet: SheetData, keys: Record<string, string>[], text: string): string {
  const dims = sheet.template.dimensions.map((d) => d.id);
  const warned = new Set(keys.map((k) => keyString(k, dims)));
  const observations = sheetToObservations(sheet).map((o): Observation =>
    warned.has(keyString(o.key, dims)) ? { ...o, comment: text } : o
  );
  return writeSdmxCsv(sheet.template, observations);
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

  /** Submits a sheet that must be stored, and accepts it as the reviewer. */
  async function accepted(sheet: SheetData): Promise<string> {
    const response = await post(exchange, token, requestOf(sheet));
    expect(response.status).toBe(201);
    const { submissionId } = await response.json();
    expect((await review(exchange, reviewer, submissionId, { decision: "accept" })).status).toBe(
      200
    );
    return submissionId;
  }

  test("the fixtures pass every rule of their own template", () => {
    for (const id of ["ASYAPPCTZM", "ASYUMACTM", "ASYAPPCTZA"]) {
      expect(errorsOf(girlsSheet(id, id.endsWith("A") ? "2025" : "2026-06", 3))).toEqual([]);
    }
  });

  test("more unaccompanied minors than accepted applicants is refused, naming both tables and cells", async () => {
    await accepted(girlsSheet("ASYAPPCTZM", "2026-06", 3));
    const before = await exchange.store.countSubmissions();

    const response = await post(exchange, token, requestOf(girlsSheet("ASYUMACTM", "2026-06", 5)));
    const body = await response.json();
    expect(response.status).toBe(422);
    expect(body.error).toMatch(/^The data has 16 errors; nothing was stored\./);
    expect(body.error).toContain("Against the accepted data of a related table");
    expect(body.error).toMatch(
      /unaccompanied minors who applied \(5, sheet "ASYUMACTM" [A-Z]+\d+\)/
    );
    expect(body.error).toMatch(
      /all applicants \(3, sheet "ASYAPPCTZM, accepted version 1" [A-Z]+\d+\)/
    );
    expect(body.error).toContain("and 6 more");

    const crossTable = (body.findings as Finding[]).filter(
      (f) => f.ruleId === "uam-within-applicants"
    );
    expect(crossTable).toHaveLength(16);
    for (const f of crossTable) {
      expect(f.severity).toBe("error");
      expect(f.involved!.map((c) => [c.sheet, c.value])).toEqual([
        ["ASYUMACTM", 5],
        ["ASYAPPCTZM, accepted version 1", 3],
      ]);
      expect(f.address).toBe(f.involved![0].address);
    }
    expect(await exchange.store.countSubmissions()).toBe(before);
    expect(await exchange.store.receivedSubmissions()).toEqual([]);
  });

  test("unaccompanied minors within the accepted applicants are stored", async () => {
    const response = await post(exchange, token, requestOf(girlsSheet("ASYUMACTM", "2026-06", 3)));
    expect(response.status).toBe(201);
    expect((await response.json()).findings).toEqual({ errors: 0, warnings: 0 });
  });

  test("with nothing accepted in the related table nothing is compared; once accepted, the other table is checked against it", async () => {
    // A validated submission of the applicants, not yet accepted, is not compared with.
    expect(
      (await post(exchange, token, requestOf(girlsSheet("ASYAPPCTZM", "2026-07", 1)))).status
    ).toBe(201);
    await accepted(girlsSheet("ASYUMACTM", "2026-07", 4));

    const response = await post(exchange, token, requestOf(girlsSheet("ASYAPPCTZM", "2026-07", 2)));
    const body = await response.json();
    expect(response.status).toBe(422);
    const crossTable = (body.findings as Finding[]).filter(
      (f) => f.ruleId === "uam-within-applicants"
    );
    expect(crossTable).toHaveLength(16);
    // The finding is kept on the submitted sheet's cell, the applicants' here.
    for (const f of crossTable) {
      expect(f.involved!.map((c) => c.sheet)).toEqual([
        "ASYUMACTM, accepted version 1",
        "ASYAPPCTZM",
      ]);
      expect(f.address).toBe(f.involved![1].address);
      expect(f.key).toEqual(f.involved![1].key);
    }
    expect(body.error).toMatch(/\(4, sheet "ASYUMACTM, accepted version 1" [A-Z]+\d+\)/);
  });

  test("accepting a table that contradicts one accepted after it was checked is refused, naming both tables", async () => {
    const posted = async (sheet: SheetData): Promise<string> => {
      const response = await post(exchange, token, requestOf(sheet));
      expect(response.status).toBe(201);
      return (await response.json()).submissionId;
    };
    // Both validated side by side: neither has accepted data of the other to be checked against.
    const applicants = await posted(girlsSheet("ASYAPPCTZM", "2026-09", 2));
    const minors = await posted(girlsSheet("ASYUMACTM", "2026-09", 5));
    expect((await review(exchange, reviewer, applicants, { decision: "accept" })).status).toBe(200);

    const refusal = await review(exchange, reviewer, minors, { decision: "accept" });
    expect(refusal.status).toBe(409);
    expect(refusal.body.error).toMatch(/was not accepted and stays validated/);
    expect(refusal.body.error).toMatch(
      /unaccompanied minors who applied \(5, sheet "ASYUMACTM" [A-Z]+\d+\)/
    );
    expect(refusal.body.error).toMatch(
      /all applicants \(2, sheet "ASYAPPCTZM, accepted version 1" [A-Z]+\d+\)/
    );
    const errors = (refusal.body.findings as Finding[]).filter((f) => f.severity === "error");
    expect(errors.map((f) => f.ruleId)).toEqual(Array(16).fill("uam-within-applicants"));

    expect((await exchange.store.findSubmission(applicants))?.status).toBe("accepted");
    expect((await exchange.store.findSubmission(minors))?.status).toBe("validated");
    expect(await exchange.store.latestAccepted("ASYUMACTM", "ME", "2026-09")).toBeUndefined();
    const audited = (await exchange.store.auditLog()).filter((e) => e.submissionId === minors);
    expect(audited.at(-1)).toMatchObject({
      action: "refused.review",
      detail: "contradicts the accepted data of ASYAPPCTZM",
    });

    const corrected = await posted(girlsSheet("ASYUMACTM", "2026-09", 2));
    expect((await review(exchange, reviewer, corrected, { decision: "accept" })).status).toBe(200);
    expect((await exchange.store.latestAccepted("ASYUMACTM", "ME", "2026-09"))?.id).toBe(corrected);
  });

  test("a year that differs from its twelve accepted months needs justifications, stored with it", async () => {
    for (let month = 1; month <= 12; month++) {
      await accepted(girlsSheet("ASYAPPCTZM", `2025-${String(month).padStart(2, "0")}`, 1));
    }
    const year = girlsSheet("ASYAPPCTZA", "2025", 13);
    // Every cell that counts the girls differs from its months (13 against 12 × 1).
    const differing = year.values.flat().filter((v) => v === 13).length;
    expect(differing).toBeGreaterThan(10);

    const bare = await post(exchange, token, requestOf(year));
    const refusal = await bare.json();
    expect(bare.status).toBe(422);
    expect(refusal.error).toMatch(
      new RegExp(`^${differing} warnings have no justification; nothing was stored`)
    );
    const unjustified = refusal.unjustified as { ruleId: string; key: Record<string, string> }[];
    expect(new Set(unjustified.map((u) => u.ruleId))).toEqual(new Set(["year-is-its-months"]));
    expect(refusal.error).toContain("the 12 shorter periods from 2025-01 to 2025-12 add up to 12");

    const text = "A late registration was added to the year after December was sent";
    const csv = commented(
      year,
      unjustified.map((u) => u.key),
      text
    );
    const sent = await post(exchange, token, requestOf(year, csv));
    expect(sent.status).toBe(201);
    const receipt = await sent.json();
    expect(receipt.findings).toEqual({ errors: 0, warnings: differing });
    const stored = await fetchSubmission({
      endpoint: exchange.url,
      token,
      id: receipt.submissionId,
    });
    expect(stored.findings.map((f) => [f.ruleId, f.justification])).toEqual(
      Array(differing).fill(["year-is-its-months", text])
    );
  });

  test("a year equal to its accepted months has no warning", async () => {
    const response = await post(exchange, token, requestOf(girlsSheet("ASYAPPCTZA", "2025", 12)));
    expect(response.status).toBe(201);
    expect((await response.json()).findings).toEqual({ errors: 0, warnings: 0 });
  });
});

describe("checked in worker threads (the compiled build)", () => {
  let exchange: TestExchange;

  beforeAll(async () => {
    exchange = await startTestExchange("sqlite", { workers: true });
  });

  afterAll(() => exchange.close());

  test("the related table's accepted data reaches the worker as plain data", async () => {
    const token = await tokenFor(exchange, "ME");
    const reviewer = await tokenWithRole(exchange, "RS", "reviewer");
    const first = await post(exchange, token, requestOf(girlsSheet("ASYAPPCTZM", "2026-06", 3)));
    const { submissionId } = await first.json();
    await review(exchange, reviewer, submissionId, { decision: "accept" });

    const response = await post(exchange, token, requestOf(girlsSheet("ASYUMACTM", "2026-06", 5)));
    expect(response.status).toBe(422);
    expect((await response.json()).error).toContain('sheet "ASYAPPCTZM, accepted version 1"');
  });
});
