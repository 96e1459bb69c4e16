import Database from "better-sqlite3";
import fs from "fs";
import os from "os";
import path from "path";
import { getTemplate, sheetToObservations, writeSdmxCsv } from "../src/core";
import { submitToExchange } from "../src/client/exchange-client";
import { startServer } from "../src/server/start";
import { createTokenInDb } from "../src/server/tokens-admin";
import { consistentSheet } from "./filled-sheets";
import { fmt, percentile, random, report, timeAsync, time } from "./measure";

const SUBMISSIONS = 20;

/** Submission latency for 10,000 observations, against a raw insert of the same rows. */
export async function runExchangeBench(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "midex-bench-"));
  const dbFile = path.join(dir, "bench.db");
  const template = getTemplate("ASYAPPCTZM");
  // 102 citizenship rows of a consistent sheet, with their total: about 10,000 observations.
  const sheet = consistentSheet(template, random(2));
  sheet.values = sheet.values.map((row, r) => row.map((v) => (r < 105 ? v : null)));
  sheet.values[0] = sheet.values[0].map((_, c) =>
    sheet.values.slice(3, 105).reduce<number>((n, row) => n + (row[c] as number), 0)
  );
  const observations = sheetToObservations(sheet);
  const sdmxCsv = writeSdmxCsv(template, observations);
  const request = {
    templateId: template.id,
    templateVersion: template.version,
    country: "ME",
    period: "2026-06",
    sdmxCsv,
  };

  const server = await startServer({
    port: 0,
    dbFile,
    logLevel: "silent",
    rateLimit: { max: 100000, windowMs: 60000 },
  });
  const token = await createTokenInDb({ dbFile, country: "ME" });
  const latencies: number[] = [];
  try {
    for (let i = 0; i < SUBMISSIONS; i++) {
      latencies.push(
        (await timeAsync(() => submitToExchange({ endpoint: server.url, token, request }))).ms
      );
    }
  } finally {
    await server.close();
  }

  const db = new Database(dbFile);
  db.exec("CREATE TABLE bench_floor (k TEXT, period TEXT, value INTEGER)");
  const insert = db.prepare("INSERT INTO bench_floor VALUES (?, ?, ?)");
  const floor = time(() =>
    db.transaction(() => {
      for (const o of observations) insert.run(JSON.stringify(o.key), o.period, o.value);
    })()
  ).ms;
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });

  const p50 = percentile(latencies, 50);
  report(
    `submission of ${observations.length} observations over loopback (${SUBMISSIONS} runs, SQLite)`,
    `p50 ${fmt(p50, 0)} ms, p99 ${fmt(percentile(latencies, 99), 0)} ms; ` +
      `throughput ${fmt(observations.length / (p50 / 1000), 0)} obs/s; raw insert of the same rows ${fmt(floor, 0)} ms`,
    "report p50/p99 and throughput against the raw-insert floor",
    `p50 / floor = ${fmt(p50 / floor, 1)}×`
  );
}
