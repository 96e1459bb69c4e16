import {
  consistentSheet,
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

const PUBLISHED = "/data?dataset=MIGR_ASYAPPCTZM&country=ME&period=2026-06";

describeEachStore((kind) => {
  let exchange: TestExchange;
  let submitter: string;
  let submissionId: string;

  beforeEach(async () => {
    exchange = await startTestExchange(kind);
    submitter = await tokenFor(exchange, "ME");
    const response = await post(
      exchange,
      submitter,
      requestOf(consistentSheet("ME", "2026-06", 7))
    );
    submissionId = (await response.json()).submissionId;
  });

  afterEach(() => exchange.close());

  const read = (token: string) => getWith(exchange, token, `/submissions/${submissionId}`);

  const refusalsToRead = async () =>
    (await exchange.store.auditLog()).filter((entry) => entry.action === "refused.read");

  test.each(["submitter", "reader"] as const)(
    "a %s token of the submission's country reads it",
    async (role) => {
      const token = role === "submitter" ? submitter : await tokenWithRole(exchange, "ME", role);
      const answer = await read(token);
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ status: "validated", receipt: { submissionId } });
    }
  );

  test("a reviewer of another country reads it", async () => {
    const reviewer = await tokenWithRole(exchange, "MK", "reviewer");
    expect((await read(reviewer)).status).toBe(200);
  });

  test.each(["submitter", "reader"] as const)(
    "a %s token of another country may not read a submission awaiting review: 403, audited",
    async (role) => {
      const serbian = await tokenWithRole(exchange, "RS", role);
      const answer = await read(serbian);
      expect(answer.status).toBe(403);
      expect(answer.body).toEqual({
        error:
          "This access token may only read submissions of RS. Accepted data of every country " +
          "is published under /api/v1/data.",
      });
      expect(answer.text).not.toContain("sdmxCsv");
      expect(await refusalsToRead()).toEqual([
        expect.objectContaining({
          submissionId,
          detail: `${role} token of RS read a submission of ME`,
        }),
      ]);
    }
  );

  test("once accepted, another country reads the data through publication, not by id", async () => {
    const reviewer = await tokenWithRole(exchange, "MK", "reviewer");
    expect((await review(exchange, reviewer, submissionId, { decision: "accept" })).status).toBe(
      200
    );
    const serbian = await tokenWithRole(exchange, "RS", "reader");
    expect((await read(serbian)).status).toBe(403);
    const published = await getWith(exchange, serbian, PUBLISHED);
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ receipt: { submissionId } });
  });

  test("an unknown id is 404 for every token, so nothing is refused or audited", async () => {
    const serbian = await tokenFor(exchange, "RS");
    const answer = await getWith(
      exchange,
      serbian,
      "/submissions/00000000-0000-4000-8000-000000000000"
    );
    expect(answer.status).toBe(404);
    expect(await refusalsToRead()).toEqual([]);
  });
});
