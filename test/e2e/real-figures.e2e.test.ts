import { ChildProcess, spawn, spawnSync } from "child_process";
import fs from "fs";
import net from "net";
import os from "os";
import path from "path";
import { readSdmxCsv } from "../../src/core";
import { fetchSubmission } from "../../src/client/exchange-client";
import { ADJUSTED_ME2022, PUBLISHED_ME2022 } from "../support/real-figures";

/**
 * The whole path on real published figures, through the product's own commands: Montenegro's
 * 2022 asylum applicants go into a generated workbook, are validated, corrected, submitted to a
 * real exchange on loopback, and come back unchanged.
 */
const BIN = path.join(__dirname, "..", "..", "bin", "midex.js");
let work: string;

function midex(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: work,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(`${url}/api/v1/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the exchange at ${url} did not start`);
}

function observationSet(csv: string): string[] {
  return readSdmxCsv(csv)
    .observations.map((o) => `${JSON.stringify(o.key)}@${o.period}=${o.value}`)
    .sort();
}

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "midex-e2e-"));
});

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

test("published figures: every code accepted, every identity finding explained by rounding", () => {
  expect(
    midex("template", "ASYAPPCTZA", "--country", "ME", "--period", "2022", "-o", "published.xlsx")
      .code
  ).toBe(0);
  const imported = midex("import", PUBLISHED_ME2022, "--into", "published.xlsx");
  expect(imported.err).toBe("");
  expect(imported.code).toBe(0);

  const validated = midex("validate", "published.xlsx", "--json", "--rounded", "auto");
  expect(validated.code).toBe(1);
  const report = JSON.parse(validated.out);
  expect(report.findings.length).toBeGreaterThan(0);
  for (const finding of report.findings) {
    expect(finding.ruleId).toMatch(/-total$|-minors$/);
    expect(finding.rounding.base).toBe(5);
    expect(Math.abs(finding.actual - finding.expected)).toBeLessThanOrEqual(
      finding.rounding.maxDifference
    );
    expect(finding.message).toMatch(/rounded to the nearest 5/);
  }
});

describe("totals adjusted to their parts", () => {
  let server: ChildProcess;
  let url: string;

  beforeAll(async () => {
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    server = spawn(
      process.execPath,
      [BIN, "serve", "--port", String(port), "--db", "x.db", "--log-level", "silent"],
      {
        cwd: work,
        stdio: "ignore",
      }
    );
    await waitForHealth(url);
  });

  afterAll(() => {
    server.kill("SIGTERM");
  });

  test("validate clean, submit to a real exchange, fetch back identical observations", async () => {
    expect(
      midex("template", "ASYAPPCTZA", "--country", "ME", "--period", "2022", "-o", "adjusted.xlsx")
        .code
    ).toBe(0);
    expect(midex("import", ADJUSTED_ME2022, "--into", "adjusted.xlsx").code).toBe(0);
    const validated = midex("validate", "adjusted.xlsx", "--json");
    expect(JSON.parse(validated.out).findings).toEqual([]);
    expect(validated.code).toBe(0);

    const token = midex("token", "create", "--country", "ME", "--db", "x.db").out.trim();
    expect(token).toMatch(/^midex_/);
    const submitted = midex(
      "submit",
      "adjusted.xlsx",
      "--endpoint",
      url,
      "--token",
      token,
      "--json"
    );
    expect(submitted.code).toBe(0);
    const { receipt } = JSON.parse(submitted.out);
    expect(receipt).toMatchObject({
      templateId: "ASYAPPCTZA",
      country: "ME",
      period: "2022",
      version: 1,
    });

    const stored = await fetchSubmission({ endpoint: url, token, id: receipt.submissionId });
    expect(stored.receipt.sha256).toBe(receipt.sha256);
    expect(observationSet(stored.sdmxCsv)).toEqual(
      observationSet(fs.readFileSync(ADJUSTED_ME2022, "utf8"))
    );
  });
});
