import Database from "better-sqlite3";
import fs from "fs";
import os from "os";
import path from "path";
import { Client } from "pg";
import {
  getTemplate,
  Observation,
  sheetToObservations,
  SubmissionRequest,
  writeSdmxCsv,
} from "../src/core";
import { submitToExchange } from "../src/client/exchange-client";
import { DatabaseChoice } from "../src/server/store/open-store";
import { startServer } from "../src/server/start";
import { createTokenInDb } from "../src/server/tokens-admin";
import { consistentSheet } from "./filled-sheets";
import { fmt, percentile, random, report, time, timeAsync } from "./measure";

const { startThrowawayPostgres } = require("../scripts/postgres/throwaway-postgres.js") as {
  startThrowawayPostgres(): Promise<{ url: string; stop(): void } | undefined>;
};

const SUBMISSIONS = 20;

/** About 10,000 observations: 102 citizenship rows of a consistent sheet, with their total. */
function benchData() {
  const template = getTemplate("ASYAPPCTZM");
  const sheet = consistentSheet(template, random(2));
  sheet.values = sheet.values.map((row, r) => row.map((v) => (r < 105 ? v : null)));
  sheet.values[0] = sheet.values[0].map((_, c) =>
    sheet.values.slice(3, 105).reduce<number>((n, row) => n + (row[c] as number), 0)
  );
  const observations = sheetToObservations(sheet);
  const request = {
    templateId: template.id,
    templateVersion: template.version,
    country: "ME",
    period: "2026-06",
    sdmxCsv: writeSdmxCsv(template, observations),
  };
  return { observations, request };
}

async function submissionLatencies(
  choice: DatabaseChoice,
  request: SubmissionRequest
): Promise<number[]> {
  const server = await startServer({
    ...choice,
    port: 0,
    logLevel: "silent",
    rateLimit: { max: 100000, windowMs: 60000 },
  });
  const token = await createTokenInDb({ ...choice, country: "ME" });
  const latencies: number[] = [];
  try {
    for (let i = 0; i < SUBMISSIONS; i++) {
      const sent = () => submitToExchange({ endpoint: server.url, token, request });
      latencies.push((await timeAsync(sent)).ms);
    }
  } finally {
    await server.close();
  }
  return latencies;
}

/** The floor: the same rows inserted in one transaction, with no parsing, checks or HTTP. */
function sqliteFloor(dbFile: string, observations: Observation[]): number {
  const db = new Database(dbFile);
  db.exec("CREATE TABLE bench_floor (k TEXT, period TEXT, value INTEGER)");
  const insert = db.prepare("INSERT INTO bench_floor VALUES (?, ?, ?)");
  const ms = time(() =>
    db.transaction(() => {
      for (const o of observations) insert.run(JSON.stringify(o.key), o.period, o.value);
    })()
  ).ms;
  db.close();
  return ms;
}

/** The same floor on PostgreSQL: one multi-row INSERT per 1,000 rows, in one transaction. */
async function postgresFloor(url: string, observations: Observation[]): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("CREATE TABLE bench_floor (k text, period text, value integer)");
    return (
      await timeAsync(async () => {
        await client.query("BEGIN");
        for (let start = 0; start < observations.length; start += 1000) {
          const slice = observations.slice(start, start + 1000);
          const values = slice.map((_, i) => `($${3 * i + 1}, $${3 * i + 2}, $${3 * i + 3})`);
          const params = slice.flatMap((o) => [JSON.stringify(o.key), o.period, o.value]);
          await client.query(`INSERT INTO bench_floor VALUES ${values.join(", ")}`, params);
        }
        await client.query("COMMIT");
      })
    ).ms;
  } finally {
    await client.end();
  }
}

function print(database: string, count: number, latencies: number[], floor: number) {
  const p50 = percentile(latencies, 50);
  report(
    `submission of ${count} observations over loopback (${SUBMISSIONS} runs, ${database})`,
    `p50 ${fmt(p50, 0)} ms, p99 ${fmt(percentile(latencies, 99), 0)} ms; ` +
      `throughput ${fmt(count / (p50 / 1000), 0)} obs/s; ` +
      `raw insert of the same rows ${fmt(floor, 0)} ms (${fmt(count / (floor / 1000), 0)} obs/s)`,
    "report p50/p99 and throughput against the raw-insert floor",
    `p50 / floor = ${fmt(p50 / floor, 1)}×`
  );
}

/**
 * Submission latency for 10,000 observations (received, checked in a worker, stored with its
 * audit entries), against a raw insert of the same rows into the same database, on SQLite and
 * on a throwaway PostgreSQL (skipped, and said so, where PostgreSQL is not installed).
 */
export async function runExchangeBench(): Promise<void> {
  const { observations, request } = benchData();

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "midex-bench-"));
  try {
    const dbFile = path.join(dir, "bench.db");
    const latencies = await submissionLatencies({ dbFile, env: {} }, request);
    print("SQLite", observations.length, latencies, sqliteFloor(dbFile, observations));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }

  const postgres = await startThrowawayPostgres();
  if (!postgres) {
    console.log("exchange on PostgreSQL: skipped (no PostgreSQL installed here)");
    return;
  }
  try {
    const latencies = await submissionLatencies({ databaseUrl: postgres.url, env: {} }, request);
    print(
      "PostgreSQL",
      observations.length,
      latencies,
      await postgresFloor(postgres.url, observations)
    );
  } finally {
    postgres.stop();
  }
}
