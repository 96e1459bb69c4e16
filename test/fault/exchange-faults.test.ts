import Database from "better-sqlite3";
import { ChildProcess, spawn } from "child_process";
import fs from "fs";
import net from "net";
import os from "os";
import path from "path";
import { randomUUID } from "crypto";
import { emptySheet, getTemplate, sheetToObservations, writeSdmxCsv } from "../../src/core";
import { submitToExchange } from "../../src/client/exchange-client";
import { createTokenInDb } from "../../src/server/tokens-admin";
import { startCuttingProxy } from "./cutting-proxy";

/**
 * 1,000 submissions while the exchange process is killed and restarted and connections are cut
 * mid-answer. Each submission carries its idempotency key through the client's retries, so each
 * must be stored exactly once: no loss, no second version.
 */
const BIN = path.join(__dirname, "..", "..", "bin", "midex.js");
const SUBMISSIONS = Number(process.env.MIDEX_FAULT_SUBMISSIONS ?? 1000);
const CONCURRENCY = 8;

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Resolves when the process has exited, at once if it already has. */
function exited(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Month n after January 2001, as a period: each submission gets its own key. */
function period(n: number): string {
  return `${2001 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, "0")}`;
}

function requestFor(n: number) {
  const template = getTemplate("ASYAPPCTZM");
  const sheet = emptySheet(template, "ME", period(n));
  // Two whole rows of zeros: a row sent with blank cells is incomplete and refused.
  sheet.values[5].fill(0);
  sheet.values[6].fill(0);
  return {
    templateId: template.id,
    templateVersion: template.version,
    country: "ME",
    period: period(n),
    sdmxCsv: writeSdmxCsv(template, sheetToObservations(sheet)),
  };
}

test(`${SUBMISSIONS} submissions through kills, restarts and cut connections are stored exactly once`, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "midex-fault-"));
  const dbFile = path.join(dir, "exchange.db");
  // One token per sender, as each authority's machine has its own: the exchange limits how many
  // submissions one token may have in flight.
  const tokens = await Promise.all(
    Array.from({ length: CONCURRENCY }, () => createTokenInDb({ dbFile, country: "ME" }))
  );
  const port = await freePort();
  const next = random(11);
  let server: ChildProcess | undefined;
  let restarts = 0;
  const start = () => {
    server = spawn(
      process.execPath,
      [BIN, "serve", "--port", String(port), "--db", dbFile, "--log-level", "silent"],
      {
        stdio: "ignore",
      }
    );
  };
  start();
  const proxy = await startCuttingProxy(() => port, 0.05, next);
  let sending = true;
  const healthy = async () => {
    while (sending) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/api/v1/health`)).ok) return;
      } catch {
        // Still starting.
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  // Each exchange process lives for a random 0.5–2 s of service before it is killed: long enough
  // for a check queued behind eight senders on a two-core machine to finish now and then, short
  // enough that most processes die with requests in flight.
  const killer = (async () => {
    while (sending) {
      await healthy();
      await new Promise((r) => setTimeout(r, 500 + next() * 1500));
      if (!sending) break;
      server?.kill("SIGKILL");
      await exited(server);
      start();
      restarts++;
    }
  })();

  const receipts = new Map<number, string>();
  let index = 0;
  const worker = async (token: string) => {
    while (index < SUBMISSIONS) {
      const n = index++;
      const receipt = await submitToExchange({
        endpoint: `http://127.0.0.1:${proxy.port}`,
        token,
        request: requestFor(n),
        idempotencyKey: randomUUID(),
        timeoutMs: 5000,
        // Backoff as the client computes it, capped at half a second so the test stays short.
        retry: { attempts: 60, baseDelayMs: 50, wait: (ms) => sleep(Math.min(ms, 500)) },
      });
      receipts.set(n, receipt.submissionId);
    }
  };
  try {
    await Promise.all(tokens.map(worker));
  } finally {
    sending = false;
    await killer;
    server?.kill("SIGTERM");
    await exited(server);
    await proxy.close();
  }

  const db = new Database(dbFile, { readonly: true });
  const rows = db.prepare("SELECT period, version FROM submissions").all() as {
    period: string;
    version: number;
  }[];
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
  const duplicates = rows.length - new Set(rows.map((r) => r.period)).size;
  console.log(
    `fault test: ${SUBMISSIONS} sent, ${rows.length} stored, ${duplicates} duplicates ` +
      `(${restarts} restarts, ${proxy.cuts()} answers cut)`
  );
  expect(receipts.size).toBe(SUBMISSIONS);
  expect(rows).toHaveLength(SUBMISSIONS);
  expect(duplicates).toBe(0);
  expect(rows.every((r) => r.version === 1)).toBe(true);
  expect(new Set(receipts.values()).size).toBe(SUBMISSIONS);
  expect(restarts).toBeGreaterThan(0);
  expect(proxy.cuts()).toBeGreaterThan(0);
}, 600000);
