import { FastifyInstance } from "fastify";
import { Client } from "pg";
import { buildApp } from "../../src/server/app";
import { checkBearer, createToken } from "../../src/server/auth";
import { createChecker } from "../../src/server/check-pool";
import {
  AcceptedVersion,
  ExchangeStore,
  NewSubmission,
  Review,
  ReviewOutcome,
} from "../../src/server/store/exchange-store";
import { openPostgresStore } from "../../src/server/store/postgres-store";
import { girlsSheet, post, requestOf, review } from "./exchange-fixture";
import { createTestDatabase, describeEachStore, POSTGRES_URL, TestDatabase } from "./test-database";

const PERIOD = "2026-09";

/** A submission of a template for ME and PERIOD as the store takes it; its data is not read. */
function draft(id: string, templateId: string, tokenId: string): NewSubmission {
  return {
    id,
    templateId,
    templateVersion: "1.0.0",
    country: "ME",
    period: PERIOD,
    receivedAt: new Date().toISOString(),
    sdmxCsv: "STRUCTURE\n",
    sha256: "0".repeat(64),
    observations: 0,
    errors: 0,
    warnings: 0,
    findingsJson: "[]",
    tokenId,
    idempotencyKey: null,
    requestSha256: null,
  };
}

function acceptance(submissionId: string, checkedAgainst: AcceptedVersion[] = []): Review {
  const at = new Date().toISOString();
  return { submissionId, decision: "accept", comment: null, tokenId: "-", at, checkedAgainst };
}

const noneAccepted = (templateId: string): AcceptedVersion => ({
  templateId,
  country: "ME",
  period: PERIOD,
  version: null,
});

/** Stores submissions under a new token; the audit and review entries name that token. */
async function stored(store: ExchangeStore, ...drafts: [string, string][]) {
  const token = await createToken(store, { country: "ME" });
  const check = await checkBearer(store, `Bearer ${token}`);
  const tokenId = "token" in check ? check.token.id : "";
  for (const [id, templateId] of drafts)
    await store.insertSubmission(draft(id, templateId, tokenId));
  return tokenId;
}

describeEachStore((kind) => {
  let database: TestDatabase;
  let store: ExchangeStore;

  beforeEach(async () => {
    database = await createTestDatabase(kind);
    store = await database.openStore();
  });

  afterEach(async () => {
    await store.close();
    await database.drop();
  });

  test("the store does not accept an older version once a newer one is accepted, and writes nothing", async () => {
    const tokenId = await stored(store, ["v1", "ASYAPPCTZM"], ["v2", "ASYAPPCTZM"]);
    const by = (review: Review) => ({ ...review, tokenId });
    expect(await store.reviewSubmission(by(acceptance("v2")))).toHaveProperty("reviewed");
    const entries = (await store.auditLog()).length;

    const outcome = await store.reviewSubmission(by(acceptance("v1")));
    expect(outcome).toEqual({
      superseded: {
        submission: expect.objectContaining({ id: "v1", version: 1, status: "validated" }),
        newer: expect.objectContaining({ id: "v2", version: 2, status: "accepted" }),
      },
    });
    expect((await store.findSubmission("v1"))?.status).toBe("validated");
    expect((await store.auditLog()).length).toBe(entries);
  });

  test("the store does not accept when a related table's accepted version is no longer the one checked against", async () => {
    const tokenId = await stored(store, ["applicants", "ASYAPPCTZM"], ["minors", "ASYUMACTM"]);
    const by = (review: Review) => ({ ...review, tokenId });
    expect(await store.reviewSubmission(by(acceptance("applicants")))).toHaveProperty("reviewed");

    const stale = await store.reviewSubmission(
      by(acceptance("minors", [noneAccepted("ASYAPPCTZM")]))
    );
    expect(stale).toEqual({
      changed: {
        submission: expect.objectContaining({ id: "minors", status: "validated" }),
        tables: [{ ...noneAccepted("ASYAPPCTZM"), version: 1 }],
      },
    });
    expect((await store.findSubmission("minors"))?.status).toBe("validated");

    const current = { ...noneAccepted("ASYAPPCTZM"), version: 1 };
    expect(await store.reviewSubmission(by(acceptance("minors", [current])))).toHaveProperty(
      "reviewed"
    );
  });

  describe("through the API", () => {
    let app: FastifyInstance;
    let url: string;
    /** Run once, inside the next review: after its check, before its transaction. */
    let inWindow: (() => Promise<void>) | undefined;

    beforeEach(async () => {
      const seam: ExchangeStore = {
        ...store,
        reviewSubmission: async (review) => {
          const meanwhile = inWindow;
          inWindow = undefined;
          await meanwhile?.();
          return store.reviewSubmission(review);
        },
      };
      const checker = createChecker({ workerScript: null });
      app = await buildApp({ store: seam, logLevel: "silent", checker });
      url = await app.listen({ port: 0, host: "127.0.0.1" });
    });

    afterEach(() => app.close());

    test("a related table accepted between an acceptance's check and its transaction is compared before it is made", async () => {
      const submitter = await createToken(store, { country: "ME" });
      const reviewer = await createToken(store, { country: "RS", role: "reviewer" });
      const posted = async (templateId: string, count: number): Promise<string> => {
        const response = await post(
          { url },
          submitter,
          requestOf(girlsSheet(templateId, PERIOD, count))
        );
        expect(response.status).toBe(201);
        return (await response.json()).submissionId;
      };
      // Each alone agrees with everything accepted; together, 5 minors among 2 applicants.
      const applicants = await posted("ASYAPPCTZM", 2);
      const minors = await posted("ASYUMACTM", 5);
      let applicantsAccepted = 0;
      inWindow = async () => {
        applicantsAccepted = (await review({ url }, reviewer, applicants, { decision: "accept" }))
          .status;
      };

      const refusal = await review({ url }, reviewer, minors, { decision: "accept" });
      expect(applicantsAccepted).toBe(200);
      expect(refusal.status).toBe(409);
      expect(refusal.body.error).toMatch(/was not accepted and stays validated: it contradicts/);
      expect((await store.findSubmission(applicants))?.status).toBe("accepted");
      expect((await store.findSubmission(minors))?.status).toBe("validated");
    });
  });
});

/** Whether a session of the database waits for an advisory lock another one holds. */
async function waitsForLock(watcher: Client): Promise<boolean> {
  const { rows } = await watcher.query<{ n: number }>(
    "SELECT COUNT(*)::integer AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted " +
      "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
  );
  return rows[0].n > 0;
}

(POSTGRES_URL ? describe : describe.skip)("PostgreSQL, several servers on one database", () => {
  test("two contradicting acceptances take turns: the second sees the first and is not made", async () => {
    const database = await createTestDatabase("postgres");
    const url = database.choice.databaseUrl!;
    const watcher = new Client({ connectionString: url });
    await watcher.connect();
    const other = await openPostgresStore(url, { maxConnections: 2 });
    let second: Promise<ReviewOutcome> | undefined;
    let tokenId = "";
    // The first acceptance has read what it depends on; the second starts now, on another
    // connection, and either waits for the first (a lock) or runs to its end.
    const first = await openPostgresStore(url, {
      maxConnections: 2,
      whileAccepting: async () => {
        const minors = { ...acceptance("minors", [noneAccepted("ASYAPPCTZM")]), tokenId };
        const running = other.reviewSubmission(minors);
        second = running;
        let ended = false;
        running.then(
          () => (ended = true),
          () => (ended = true)
        );
        let waiting = false;
        while (!ended && !waiting) waiting = await waitsForLock(watcher);
      },
    });
    try {
      tokenId = await stored(first, ["applicants", "ASYAPPCTZM"], ["minors", "ASYUMACTM"]);
      const applicants = { ...acceptance("applicants", [noneAccepted("ASYUMACTM")]), tokenId };

      expect(await first.reviewSubmission(applicants)).toHaveProperty("reviewed");
      expect(await second).toEqual({
        changed: {
          submission: expect.objectContaining({ id: "minors", status: "validated" }),
          tables: [{ ...noneAccepted("ASYAPPCTZM"), version: 1 }],
        },
      });
      expect((await first.findSubmission("minors"))?.status).toBe("validated");
    } finally {
      await watcher.end();
      await first.close();
      await other.close();
      await database.drop();
    }
  });
});
