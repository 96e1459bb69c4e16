import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FastifyInstance } from "fastify";
import { buildApp } from "../../src/server/app";
import { createToken } from "../../src/server/auth";
import { createChecker } from "../../src/server/check-pool";
import { ExchangeStore } from "../../src/server/store/exchange-store";
import { PacedChecker } from "./check-pacing";
import {
  COMPILED_CHECK_WORKER,
  consistentSheet,
  csvOf,
  post,
  requestOf,
  zeroSheet,
} from "./exchange-fixture";
import { createTestDatabase, describeEachStore, TestDatabase } from "./test-database";

describeEachStore((kind) => {
  let database: TestDatabase;
  let store: ExchangeStore;
  let app: FastifyInstance;

  beforeEach(async () => {
    database = await createTestDatabase(kind);
    store = await database.openStore();
  });

  afterEach(async () => {
    await app.close();
    await store.close();
    await database.drop();
  });

  test("while a large submission is checked, the health check answers first", async () => {
    const checker = new PacedChecker(createChecker({ workerScript: COMPILED_CHECK_WORKER }));
    app = await buildApp({ store, logLevel: "silent", checker });
    const url = await app.listen({ port: 0, host: "127.0.0.1" });
    const token = await createToken(store, { country: "ME" });

    const submitted = post({ url }, token, requestOf(zeroSheet("ME", "2026-06"))).then(
      (response) => {
        checker.events.push("submission answered");
        return response;
      }
    );
    await checker.started(1);
    const health = await fetch(`${url}/api/v1/health`);
    checker.events.push("health answered");

    expect(health.status).toBe(200);
    expect((await submitted).status).toBe(201);
    expect(checker.events).toEqual([
      "check started",
      "health answered",
      "check finished",
      "submission answered",
    ]);
  });
});

describe("checks in worker threads", () => {
  const pool = createChecker({ workerScript: COMPILED_CHECK_WORKER, threads: 2 });
  const here = createChecker({ workerScript: null });

  afterAll(() => pool.close());

  const valid = requestOf(consistentSheet("ME", "2026-06", 7));
  const withError = (() => {
    const sheet = consistentSheet("ME", "2026-06", 7);
    sheet.values[0][0] = 1;
    return requestOf(sheet);
  })();

  const outcome = (promise: Promise<unknown>) =>
    promise.then(
      (checked) => ({ checked }),
      (error: { name: string; message: string; status?: number; details?: unknown }) => ({
        refused: [error.name, error.status, error.message, error.details],
      })
    );

  test.each([
    ["a valid submission", valid],
    ["data with an error", withError],
    ["text that is not SDMX-CSV", { ...valid, sdmxCsv: "a,b\n1,2\n" }],
    ["an unknown template", { ...valid, templateId: "NOSUCH" }],
    ["rows of another country", { ...valid, sdmxCsv: csvOf(consistentSheet("RS", "2026-06", 7)) }],
  ])("%s has the same outcome as on the event loop", async (_what, request) => {
    const [inWorker, inThread] = await Promise.all([
      outcome(pool.check(request)),
      outcome(here.check(request)),
    ]);
    expect(inWorker).toEqual(inThread);
  });

  test("more checks than threads wait their turn and all finish", async () => {
    const requests = [3, 4, 5, 6, 7].map((n) => requestOf(consistentSheet("ME", "2026-06", n)));
    const checked = await Promise.all(requests.map((request) => pool.check(request)));
    expect(checked.map((c) => c.observations)).toEqual(requests.map(() => 2 * 96));
  });

  test("a closed pool refuses further checks", async () => {
    const closing = createChecker({ workerScript: COMPILED_CHECK_WORKER, threads: 1 });
    await closing.check(valid);
    await closing.close();
    await expect(closing.check(valid)).rejects.toThrow(/closed/);
  });

  describe("a worker that fails", () => {
    let dir: string;

    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), "midex-worker-"));
    });

    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    function script(text: string): string {
      const file = join(dir, "worker.js");
      writeFileSync(file, text);
      return file;
    }

    test("to load leaves the check to the event loop, and is reported", async () => {
      const failures: string[] = [];
      const broken = createChecker({
        workerScript: script('throw new Error("half-replaced build");'),
        threads: 1,
        report: (error) => failures.push(error.message),
      });
      try {
        expect(await broken.check(valid)).toEqual(await here.check(valid));
        expect(failures).toContain("half-replaced build");
      } finally {
        await broken.close();
      }
    });

    test("while checking fails that check alone, and is reported", async () => {
      const failures: string[] = [];
      const crashing = createChecker({
        workerScript: script(
          'const { parentPort } = require("node:worker_threads");\n' +
            'parentPort.on("message", () => process.exit(3));\n' +
            'parentPort.postMessage("ready");\n'
        ),
        threads: 1,
        report: (error) => failures.push(error.message),
      });
      try {
        await expect(crashing.check(valid)).rejects.toThrow(/exited \(3\)/);
        expect(failures).toEqual(["A check worker exited (3)"]);
      } finally {
        await crashing.close();
      }
    });
  });
});
