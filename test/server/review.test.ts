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

describeEachStore((kind) => {
  let exchange: TestExchange;
  let submitter: string;
  let reviewer: string;
  let submissionId: string;

  beforeEach(async () => {
    exchange = await startTestExchange(kind);
    submitter = await tokenFor(exchange, "ME");
    reviewer = await tokenWithRole(exchange, "RS", "reviewer");
    const response = await post(
      exchange,
      submitter,
      requestOf(consistentSheet("ME", "2026-06", 7))
    );
    submissionId = (await response.json()).submissionId;
  });

  afterEach(() => exchange.close());

  const statusOf = async (id: string) =>
    (await getWith(exchange, submitter, `/submissions/${id}`)).body;

  test("a stored submission is validated and awaits review", async () => {
    expect(await statusOf(submissionId)).toMatchObject({ status: "validated", comment: null });
  });

  test("a reviewer of any country accepts a submission, and the change is audited", async () => {
    const answer = await review(exchange, reviewer, submissionId, { decision: "accept" });
    expect(answer).toMatchObject({ status: 200, body: { status: "accepted", comment: null } });
    expect(answer.body.receipt.submissionId).toBe(submissionId);
    expect(await statusOf(submissionId)).toMatchObject({ status: "accepted" });

    const log = await exchange.store.auditLog();
    expect(log.map((entry) => entry.action)).toEqual([
      "submission.received",
      "submission.validated",
      "submission.accepted",
    ]);
    expect(log[2]).toMatchObject({ submissionId, fromStatus: "validated", toStatus: "accepted" });
  });

  test("a returned submission shows the reviewer's comment", async () => {
    const comment = "The total of Ukrainian applicants differs from the ministry's report.";
    const answer = await review(exchange, reviewer, submissionId, { decision: "return", comment });
    expect(answer.status).toBe(200);
    expect(await statusOf(submissionId)).toMatchObject({ status: "returned", comment });
  });

  test("returning without a comment is 400 and changes nothing", async () => {
    const answer = await review(exchange, reviewer, submissionId, { decision: "return" });
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatch(/needs a comment/);
    expect(await statusOf(submissionId)).toMatchObject({ status: "validated" });
  });

  test("an unknown decision is 400", async () => {
    expect((await review(exchange, reviewer, submissionId, { decision: "maybe" })).status).toBe(
      400
    );
  });

  test.each(["submitter", "reader"] as const)(
    "a %s token may not review: 403, and the refusal is audited",
    async (role) => {
      const token = role === "submitter" ? submitter : await tokenWithRole(exchange, "ME", role);
      const answer = await review(exchange, token, submissionId, { decision: "accept" });
      expect(answer.status).toBe(403);
      expect(answer.body.error).toMatch(/Only a reviewer/);
      expect(await statusOf(submissionId)).toMatchObject({ status: "validated" });

      const refusals = (await exchange.store.auditLog()).filter(
        (e) => e.action === "refused.review"
      );
      expect(refusals).toEqual([
        expect.objectContaining({ submissionId, detail: `role ${role} may not review` }),
      ]);
      expect(JSON.stringify(refusals)).not.toMatch(/"7"|,7,/);
    }
  );

  test("a submission already reviewed is 409", async () => {
    await review(exchange, reviewer, submissionId, { decision: "accept" });
    const again = await review(exchange, reviewer, submissionId, {
      decision: "return",
      comment: "Too late.",
    });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatch(/already accepted/);
  });

  /** Submits the same table again, with other figures: its next version. */
  async function nextVersion(count: number): Promise<string> {
    const response = await post(
      exchange,
      submitter,
      requestOf(consistentSheet("ME", "2026-06", count))
    );
    expect(response.status).toBe(201);
    return (await response.json()).submissionId;
  }

  test("an older version cannot be accepted once a newer one is: 409 naming both, audited, and the newer stays published", async () => {
    const newer = await nextVersion(8);
    expect((await review(exchange, reviewer, newer, { decision: "accept" })).status).toBe(200);

    const answer = await review(exchange, reviewer, submissionId, { decision: "accept" });
    expect(answer.status).toBe(409);
    expect(answer.body.error).toBe(
      `Submission ${submissionId} (ASYAPPCTZM ME 2026-06, version 1) was not accepted and stays ` +
        `validated: version 2 of the same table (submission ${newer}) is accepted already, and ` +
        "accepting the older version 1 would take the published data back to figures that were " +
        "corrected since. Return version 1; if its figures are the right ones, they must be " +
        "submitted again, as a new version."
    );
    expect(answer.body).toMatchObject({ acceptedVersion: 2, acceptedSubmissionId: newer });
    expect(await statusOf(submissionId)).toMatchObject({ status: "validated" });
    expect((await exchange.store.latestAccepted("ASYAPPCTZM", "ME", "2026-06"))?.id).toBe(newer);
    const audited = (await exchange.store.auditLog()).filter(
      (e) => e.submissionId === submissionId
    );
    expect(audited.at(-1)).toMatchObject({
      action: "refused.review",
      detail: "version 2 is accepted already",
    });

    const returned = await review(exchange, reviewer, submissionId, {
      decision: "return",
      comment: "Version 2 replaces these figures.",
    });
    expect(returned.status).toBe(200);
  });

  test("a newer version is accepted after an older one and becomes the published one", async () => {
    expect((await review(exchange, reviewer, submissionId, { decision: "accept" })).status).toBe(
      200
    );
    const newer = await nextVersion(8);
    expect((await review(exchange, reviewer, newer, { decision: "accept" })).status).toBe(200);
    expect((await exchange.store.latestAccepted("ASYAPPCTZM", "ME", "2026-06"))?.id).toBe(newer);
  });

  test("reviewing an unknown submission is 404", async () => {
    const answer = await review(exchange, reviewer, "00000000-0000-4000-8000-000000000000", {
      decision: "accept",
    });
    expect(answer.status).toBe(404);
  });

  test("a reviewer token may not submit, and that refusal is audited too", async () => {
    const response = await post(exchange, reviewer, requestOf(consistentSheet("RS", "2026-06", 7)));
    expect(response.status).toBe(403);
    const refusals = (await exchange.store.auditLog()).filter((e) => e.action === "refused.submit");
    expect(refusals).toEqual([expect.objectContaining({ detail: "role reviewer may not submit" })]);
  });

  test("a submission for another country is refused and audited naming both countries", async () => {
    const serbia = await tokenFor(exchange, "RS");
    await post(exchange, serbia, requestOf(consistentSheet("ME", "2026-06", 7)));
    const refusals = (await exchange.store.auditLog()).filter((e) => e.action === "refused.submit");
    expect(refusals).toEqual([
      expect.objectContaining({ detail: "token of RS submitted for ME", submissionId: null }),
    ]);
  });
});
