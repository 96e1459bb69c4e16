import { submitToExchange } from "../../src/client/exchange-client";
import { ExchangeError } from "../../src/client/exchange-error";
import { Receipt } from "../../src/core";
import { memoryStore } from "../../src/taskpane/local-store";
import { OfflineQueue, QueuedSubmission, QueueRunner } from "../../src/taskpane/offline-queue";
import {
  consistentSheet,
  requestOf,
  startTestExchange,
  TestExchange,
  tokenFor,
} from "../server/exchange-fixture";

const NO_RETRY = { attempts: 1 };

function entry(period: string, key = `key-${period}`): QueuedSubmission {
  return {
    idempotencyKey: key,
    sheet: "ASYAPPCTZM",
    request: requestOf(consistentSheet("ME", period, 5)),
    queuedAt: "2026-07-01T08:00:00.000Z",
  };
}

/** A clock the test moves by hand: the runner's retries run only when the test says so. */
function manualClock() {
  const pending: { run: () => void; ms: number }[] = [];
  return {
    pending,
    schedule: (run: () => void, ms: number) => {
      const item = { run, ms };
      pending.push(item);
      return () => void pending.splice(pending.indexOf(item), 1);
    },
    fire: () => pending.splice(0).forEach((p) => p.run()),
  };
}

describe("the offline queue", () => {
  let exchange: TestExchange;
  let token: string;
  const realFetch = globalThis.fetch;

  beforeAll(async () => {
    exchange = await startTestExchange();
    token = await tokenFor(exchange, "ME");
  });
  afterAll(() => exchange.close());
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  function runner(queue: OfflineQueue, endpoint: { url: string }, clock = manualClock()) {
    const seen = { changes: [] as number[], sent: [] as Receipt[], refused: [] as string[] };
    const run = new QueueRunner({
      queue,
      send: (e) =>
        submitToExchange({
          endpoint: endpoint.url,
          token,
          request: e.request,
          idempotencyKey: e.idempotencyKey,
          retry: NO_RETRY,
        }),
      onChange: (entries) => seen.changes.push(entries.length),
      onSent: (_, receipt) => void seen.sent.push(receipt),
      onRefused: (_, error) => seen.refused.push(error.message),
      schedule: clock.schedule,
      random: () => 0,
    });
    return { run, seen, clock };
  }

  it("survives a pane reload: a new queue on the same storage lists the same entries", async () => {
    const store = memoryStore();
    await new OfflineQueue(store).add(entry("2026-01"));
    expect((await new OfflineQueue(store).list()).map((e) => e.idempotencyKey)).toEqual([
      "key-2026-01",
    ]);
  });

  it("carries on in memory when the storage fails", async () => {
    const broken = {
      ...memoryStore(),
      get: () => Promise.reject(new Error("quota")),
      set: () => Promise.reject(new Error("quota")),
    };
    const queue = new OfflineQueue(broken);
    await queue.add(entry("2026-01"));
    expect((await queue.list()).map((e) => e.idempotencyKey)).toEqual(["key-2026-01"]);
    expect(await queue.remove("key-2026-01")).toEqual([]);
  });

  it("keeps only the latest submission of the same data", async () => {
    const queue = new OfflineQueue(memoryStore());
    await queue.add(entry("2026-01", "first"));
    await queue.add(entry("2026-02", "other"));
    await queue.add(entry("2026-01", "second"));
    expect((await queue.list()).map((e) => e.idempotencyKey)).toEqual(["other", "second"]);
  });

  it("waits while the exchange is unreachable, backs off, and sends when it is back", async () => {
    const queue = new OfflineQueue(memoryStore());
    const endpoint = { url: "http://127.0.0.1:9" };
    const { run, seen, clock } = runner(queue, endpoint);
    await run.enqueue(entry("2026-03"));
    expect(clock.pending).toHaveLength(1);

    await run.flush();
    await run.flush();
    expect(seen.sent).toEqual([]);
    expect(await queue.list()).toHaveLength(1);
    expect(clock.pending).toHaveLength(1);
    const [pause] = clock.pending;
    expect(pause.ms).toBeGreaterThanOrEqual(15_000);

    endpoint.url = exchange.url;
    clock.fire();
    await run.flush();
    expect(seen.sent.map((r) => r.version)).toEqual([1]);
    expect(await queue.list()).toEqual([]);
    expect(clock.pending).toEqual([]);
    run.stop();
  });

  it("never stores a second copy when the first try arrived but its answer was lost", async () => {
    const before = await exchange.store.countSubmissions();
    const queue = new OfflineQueue(memoryStore());
    const endpoint = { url: exchange.url };
    const { run, seen } = runner(queue, endpoint);
    let cut = true;
    globalThis.fetch = async (...args: Parameters<typeof fetch>) => {
      const answer = await realFetch(...args);
      if (cut) {
        cut = false;
        throw new TypeError("connection reset");
      }
      return answer;
    };

    await run.enqueue(entry("2026-04"));
    await run.flush();
    expect(await queue.list()).toHaveLength(1);
    expect(await exchange.store.countSubmissions()).toBe(before + 1);

    await run.flush();
    await run.flush();
    expect(seen.sent.map((r) => r.version)).toEqual([1]);
    expect(await exchange.store.countSubmissions()).toBe(before + 1);
    run.stop();
  });

  it("sends on the browser's online event", async () => {
    const queue = new OfflineQueue(memoryStore());
    await queue.add(entry("2026-05"));
    const endpoint = { url: "http://127.0.0.1:9" };
    const { run, seen } = runner(queue, endpoint);
    const events = new EventTarget();
    run.start(events);
    await run.flush();
    expect(seen.sent).toEqual([]);

    endpoint.url = exchange.url;
    events.dispatchEvent(new Event("online"));
    await run.flush();
    expect(seen.sent.map((r) => r.period)).toEqual(["2026-05"]);
    run.stop(events);
  });

  it("drops a refused entry from the queue and says why", async () => {
    const queue = new OfflineQueue(memoryStore());
    const { run, seen } = runner(queue, { url: exchange.url });
    await run.enqueue({
      ...entry("2026-06"),
      request: requestOf(consistentSheet("AL", "2026-06", 5)),
    });
    await run.flush();

    expect(seen.refused).toEqual([expect.stringMatching(/only submit data for ME/)]);
    expect(await queue.list()).toEqual([]);
    run.stop();
  });

  it("treats only missing answers and gateway failures as reasons to wait", async () => {
    const { isUnreachable } = await import("../../src/taskpane/offline-queue");
    expect(isUnreachable(new ExchangeError(0, "no answer"))).toBe(true);
    expect(isUnreachable(new ExchangeError(503, "busy"))).toBe(true);
    expect(isUnreachable(new ExchangeError(422, "findings"))).toBe(false);
    expect(isUnreachable(new Error("other"))).toBe(false);
  });
});
