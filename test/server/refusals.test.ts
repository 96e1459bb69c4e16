import { createHash } from "node:crypto";
import {
  dataCellAddress,
  Finding,
  MAX_SUBMISSION_CSV_BYTES,
  SubmissionRequest,
} from "../../src/core";
import { onOwnSheet } from "../../src/client/finding-cells";
import {
  consistentSheet,
  csvOf,
  post,
  requestOf,
  startTestExchange,
  TestExchange,
  tokenFor,
  describeEachStore,
} from "./exchange-fixture";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

describeEachStore((kind) => {
  let exchange: TestExchange;
  let token: string;

  beforeEach(async () => {
    // In worker threads, so a refusal and its findings are seen to cross back intact.
    exchange = await startTestExchange(kind, { workers: true });
    token = await tokenFor(exchange, "ME");
  });

  afterEach(() => exchange.close());

  /** Posts, expects the status, checks nothing was stored, and returns the JSON body. */
  async function refused(body: unknown, status: number, contentType?: string) {
    const response = await post(exchange, token, body, contentType);
    expect(response.status).toBe(status);
    const json = await response.json();
    expect(typeof json.error).toBe("string");
    expect(JSON.stringify(json)).not.toMatch(/\bat .*\.(ts|js):\d+|SQLITE|node_modules/);
    expect(await exchange.store.countSubmissions()).toBe(0);
    return json;
  }

  test("a sheet whose sex total is not M + F + UNK is 422 with a finding naming the cell", async () => {
    const sheet = consistentSheet("ME", "2026-06", 7);
    const { rowKeys, colKeys } = sheet.layout;
    const row = rowKeys.findIndex((k) => k.citizen === "UA");
    const col = colKeys.findIndex(
      (k) => k.applicant === "FRST" && k.sex === "T" && k.age === "Y18-34"
    );
    sheet.values[row][col] = 8;

    const body = await refused(requestOf(sheet), 422);
    // The sheet has every citizenship's row, so its client finds the cell by the finding's key.
    const address = dataCellAddress(sheet, row, col);
    const sexFinding = onOwnSheet(body.findings as Finding[], sheet).find(
      (f) => f.ruleId === "sex-total" && f.address === address
    );
    expect(sexFinding).toMatchObject({ severity: "error", actual: 8, expected: 7 });
    expect(body.error).toMatch(/errors?; nothing was stored/);
  });

  test("text that is not SDMX-CSV is 422 with the reader's message", async () => {
    const request = { ...requestOf(consistentSheet("ME", "2026-06", 7)), sdmxCsv: "a,b\n1,2\n" };
    expect((await refused(request, 422)).error).toMatch(/not SDMX-CSV/);
  });

  test("a line with a non-numeric value is 422 naming the line", async () => {
    const sheet = consistentSheet("ME", "2026-06", 7);
    const lines = csvOf(sheet).split("\n");
    lines[3] = lines[3].replace(/,(\d+),A$/, ",seven,A");
    const body = await refused(requestOf(sheet, lines.join("\n")), 422);
    expect(body.error).toMatch(/line 4: OBS_VALUE "seven"/);
  });

  test("data of another dataset than the template is 422", async () => {
    const sheet = consistentSheet("ME", "2026-06", 7);
    const request = { ...requestOf(sheet), templateId: "ASYAPPCTZA", period: "2026" };
    expect((await refused(request, 422)).error).toMatch(/ASYAPPCTZA was expected/);
  });

  test("an unknown structure is 422", async () => {
    const sheet = consistentSheet("ME", "2026-06", 7);
    const csv = csvOf(sheet).replace(
      /ESTAT:MIGR_ASYAPPCTZM\(1\.0\)/g,
      "ESTAT:MIGR_NOT_A_DATASET(1.0)"
    );
    expect((await refused(requestOf(sheet, csv), 422)).error).toMatch(/not one of our templates/);
  });

  test("a row of another reporting country is 422 naming the line", async () => {
    const sheet = consistentSheet("ME", "2026-06", 7);
    const lines = csvOf(sheet).split("\n");
    lines[5] = lines[5].replace(",ME,", ",RS,");
    const body = await refused(requestOf(sheet, lines.join("\n")), 422);
    expect(body.error).toMatch(/line 6 has geo RS, not ME/);
  });

  test("a row of another period is 422 naming the line", async () => {
    const sheet = consistentSheet("ME", "2026-06", 7);
    const lines = csvOf(sheet).split("\n");
    lines[2] = lines[2].replace(",2026-06,", ",2026-05,");
    const body = await refused(requestOf(sheet, lines.join("\n")), 422);
    expect(body.error).toMatch(/line 3 has period 2026-05, not 2026-06/);
  });

  test("a repeated observation is 422, never dropped silently", async () => {
    const sheet = consistentSheet("ME", "2026-06", 7);
    const lines = csvOf(sheet).trimEnd().split("\n");
    const body = await refused(requestOf(sheet, [...lines, lines[1]].join("\n") + "\n"), 422);
    expect(body.error).toMatch(/no cell on the template: line \d+ .*a second observation/);
  });

  test("a code the template does not know is 422 as unplaced", async () => {
    const sheet = consistentSheet("ME", "2026-06", 7);
    const lines = csvOf(sheet).split("\n");
    lines[1] = lines[1].replace(/,UA,|,TOTAL,/, ",ZZZ,");
    const body = await refused(requestOf(sheet, lines.join("\n")), 422);
    expect(body.error).toMatch(/line 2 \(.*ZZZ.*\): the sheet has no cell for this key/);
  });

  test("a period that does not fit the template's frequency is 422", async () => {
    const request = { ...requestOf(consistentSheet("ME", "2026-06", 7)), period: "2026-Q2" };
    expect((await refused(request, 422)).error).toMatch(/write it like 2026-06/);
  });

  test("an unknown template id is 400 naming the known ones", async () => {
    const request = { ...requestOf(consistentSheet("ME", "2026-06", 7)), templateId: "NOSUCH" };
    expect((await refused(request, 400)).error).toMatch(/no template "NOSUCH".*ASYAPPCTZM/);
  });

  test("a body that is not JSON is 400", async () => {
    expect((await refused("{templateId: ", 400)).error).toMatch(/not valid JSON/);
  });

  test("a plain-text body is 400", async () => {
    expect((await refused("hello", 400, "text/plain")).error).toMatch(/JSON object/);
  });

  test("a body of a media type the exchange does not read is 415", async () => {
    expect((await refused("<a/>", 415, "application/xml")).error).toMatch(/application\/json/);
  });

  test("a missing field is 400 naming it", async () => {
    const request: Partial<SubmissionRequest> = requestOf(consistentSheet("ME", "2026-06", 7));
    delete request.period;
    expect((await refused(request, 400)).error).toMatch(/"period"/);
  });

  test("a JSON array is 400", async () => {
    expect((await refused([1, 2], 400)).error).toMatch(/JSON object/);
  });

  test("a body over the size limit is 413 with a plain message", async () => {
    const request = requestOf(consistentSheet("ME", "2026-06", 7));
    const huge = { ...request, sdmxCsv: request.sdmxCsv + "x".repeat(MAX_SUBMISSION_CSV_BYTES) };
    expect((await refused(huge, 413)).error).toMatch(/larger than the exchange accepts/);
  });

  test("a CSV just under the limit is read, though JSON escaping makes its body twice as large", async () => {
    const sheet = consistentSheet("ME", "2026-06", 7);
    const csv = csvOf(sheet);
    // Blank lines are skipped by the reader; each is two bytes ("\\n") in the JSON body.
    const padded = csv + "\n".repeat(MAX_SUBMISSION_CSV_BYTES - Buffer.byteLength(csv) - 16);
    const response = await post(exchange, token, requestOf(sheet, padded));
    expect(response.status).toBe(201);
    expect((await response.json()).sha256).toBe(sha256(csv));
  });

  test("a CSV of fewer characters than the limit but more bytes is 413 stating the limit in MB", async () => {
    const sheet = consistentSheet("ME", "2026-06", 7);
    const csv = csvOf(sheet);
    const twoByteChars = Math.ceil((MAX_SUBMISSION_CSV_BYTES - Buffer.byteLength(csv)) / 2) + 8;
    const request = requestOf(sheet, csv + "é".repeat(twoByteChars));
    expect(request.sdmxCsv.length).toBeLessThan(MAX_SUBMISSION_CSV_BYTES);
    const body = await refused(request, 413);
    expect(body.error).toMatch(/larger than the exchange accepts: at most 8 MB/);
  });
});
