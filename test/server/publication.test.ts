import { SDMX_CSV_MEDIA_TYPE } from "../../src/core";
import {
  consistentSheet,
  csvOf,
  describeEachStore,
  getWith,
  post,
  requestOf,
  review,
  startTestExchange,
  TestExchange,
  tokenFor,
  tokenWithRole,
} from "./exchange-fixture";

const QUERY = "/data?dataset=MIGR_ASYAPPCTZM&country=ME&period=2026-06";

describeEachStore((kind) => {
  let exchange: TestExchange;
  let submitter: string;
  let reviewer: string;
  let serbianReader: string;

  beforeEach(async () => {
    exchange = await startTestExchange(kind);
    submitter = await tokenFor(exchange, "ME");
    reviewer = await tokenWithRole(exchange, "MK", "reviewer");
    serbianReader = await tokenWithRole(exchange, "RS", "reader");
  });

  afterEach(() => exchange.close());

  async function submitted(count: number): Promise<string> {
    const response = await post(
      exchange,
      submitter,
      requestOf(consistentSheet("ME", "2026-06", count))
    );
    return (await response.json()).submissionId;
  }

  test("nothing is published before a reviewer accepts: 404", async () => {
    await submitted(7);
    const answer = await getWith(exchange, serbianReader, QUERY);
    expect(answer.status).toBe(404);
    expect((answer.body as { error: string }).error).toMatch(/No accepted data/);
  });

  test.each([
    ["MIGR_EIRTN1", "EIRTN1 (MIGR_EIRTN1)"],
    ["EIRTN1_AS", "EIRTN1_AS (MIGR_EIRTN1)"],
    ["eirtn1_as", "EIRTN1_AS (MIGR_EIRTN1)"],
  ])("?dataset=%s of a dataset with two tables names the table %s", async (dataset, table) => {
    const path = `/data?dataset=${dataset}&country=ME&period=2026-Q2`;
    const answer = await getWith(exchange, serbianReader, path);
    expect(answer.status).toBe(404);
    expect((answer.body as { error: string }).error).toContain(`No accepted data of ${table}`);
  });

  test("accepted data is readable as JSON by another country's reader", async () => {
    const id = await submitted(7);
    await review(exchange, reviewer, id, { decision: "accept" });
    const answer = await getWith(exchange, serbianReader, QUERY);
    expect(answer.status).toBe(200);
    const body = answer.body as {
      receipt: { submissionId: string; version: number };
      observations: {
        key: Record<string, string>;
        period: string;
        value: number;
        status: string;
      }[];
    };
    expect(body.receipt).toMatchObject({ submissionId: id, version: 1 });
    expect(body.observations).toContainEqual({
      key: expect.objectContaining({ geo: "ME", citizen: "UA", sex: "F", age: "Y18-34" }),
      period: "2026-06",
      value: 7,
      status: "A",
    });
  });

  test("accepted data is served as SDMX-CSV 2.0 when asked for", async () => {
    const id = await submitted(7);
    await review(exchange, reviewer, id, { decision: "accept" });
    const answer = await getWith(exchange, serbianReader, QUERY, {
      Accept: "application/vnd.sdmx.data+csv",
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toContain(SDMX_CSV_MEDIA_TYPE.split(";")[0]);
    expect(answer.text).toBe(csvOf(consistentSheet("ME", "2026-06", 7)));
  });

  test("the latest accepted version is published, not a later one still awaiting review", async () => {
    const first = await submitted(7);
    await review(exchange, reviewer, first, { decision: "accept" });
    const second = await submitted(8);
    await review(exchange, reviewer, second, { decision: "accept" });
    await submitted(9);
    const answer = await getWith(exchange, serbianReader, QUERY);
    expect((answer.body as { receipt: { version: number } }).receipt.version).toBe(2);
  });

  test("a returned version is never published", async () => {
    const id = await submitted(7);
    await review(exchange, reviewer, id, { decision: "return", comment: "Check the totals." });
    expect((await getWith(exchange, serbianReader, QUERY)).status).toBe(404);
  });

  test.each([
    ["an unknown dataset", "/data?dataset=NOPE&country=ME&period=2026-06", /ASYAPPCTZM, /],

    ["an unknown country", "/data?dataset=MIGR_ASYAPPCTZM&country=ZZ&period=2026-06", /country/],
    [
      "a period of the wrong frequency",
      "/data?dataset=ASYAPPCTZM&country=ME&period=2026",
      /period/,
    ],
  ])("%s is 400", async (_what, path, message) => {
    const answer = await getWith(exchange, serbianReader, path);
    expect(answer.status).toBe(400);
    expect((answer.body as { error: string }).error).toMatch(message);
  });

  test.each([
    ["repeated", `${QUERY}&period=2026-07`, /"period" is given more than once/],
    ["repeated, first of all", `/data?dataset=A&dataset=B&country=ME`, /"dataset" is given more/],
    [
      "far too long",
      `/data?dataset=${"X".repeat(500)}&country=ME&period=2026-06`,
      /"dataset".*longer/,
    ],
  ])("a query parameter %s is 400 naming it", async (_what, path, message) => {
    const answer = await getWith(exchange, serbianReader, path);
    expect(answer.status).toBe(400);
    expect((answer.body as { error: string }).error).toMatch(message);
  });

  test("publication needs a valid token", async () => {
    expect((await getWith(exchange, "midex_unknown", QUERY)).status).toBe(401);
  });
});
