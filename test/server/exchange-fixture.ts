import { join } from "node:path";
import {
  emptySheet,
  getTemplate,
  SheetData,
  sheetToObservations,
  SubmissionRequest,
  templateLayout,
  writeSdmxCsv,
} from "../../src/core";
import { createToken } from "../../src/server/auth";
import { RateLimitOptions } from "../../src/server/rate-limit";
import { RunningServer, startServer } from "../../src/server/start";
import { ExchangeStore, TokenRole } from "../../src/server/store/exchange-store";
import { createTestDatabase, StoreKind, TestDatabase } from "./test-database";

export { describeEachStore } from "./test-database";
export type { StoreKind } from "./test-database";

/**
 * A real exchange on 127.0.0.1 with a fresh database (a SQLite file in a temporary folder, or a
 * PostgreSQL database of its own), plus a second connection to the same database through which
 * tests create tokens and count stored rows.
 */
export interface TestExchange {
  url: string;
  store: ExchangeStore;
  database: TestDatabase;
  /** Starts one more server on the same database, closed with the exchange. */
  anotherServer(): Promise<RunningServer>;
  close(): Promise<void>;
}

/**
 * The worker script as `npm run build:node` compiles it; jest's global setup builds dist/node
 * when a source is newer, so it is the current source. A worker thread cannot load TypeScript.
 */
export const COMPILED_CHECK_WORKER = join(
  __dirname,
  "..",
  "..",
  "dist",
  "node",
  "src",
  "server",
  "check-worker.js"
);

export interface TestExchangeOptions {
  rateLimit?: RateLimitOptions;
  submissionsInFlight?: number;
  /** Check in worker threads running the compiled build, as a deployed server does. */
  workers?: boolean;
}

export async function startTestExchange(
  kind: StoreKind = "sqlite",
  options: TestExchangeOptions = {}
): Promise<TestExchange> {
  const database = await createTestDatabase(kind);
  const start = () =>
    startServer({
      port: 0,
      logLevel: "silent",
      rateLimit: options.rateLimit,
      submissionsInFlight: options.submissionsInFlight,
      checks: { workerScript: options.workers ? COMPILED_CHECK_WORKER : null },
      ...database.choice,
    });
  const servers = [await start()];
  const store = await database.openStore();
  return {
    url: servers[0].url,
    store,
    database,
    anotherServer: async () => {
      const server = await start();
      servers.push(server);
      return server;
    },
    close: async () => {
      await store.close();
      await Promise.all(servers.map((server) => server.close()));
      await database.drop();
    },
  };
}

export function tokenFor(exchange: TestExchange, country: string, expiresAt?: Date) {
  return createToken(exchange.store, { country, expiresAt });
}

export function tokenWithRole(exchange: TestExchange, country: string, role: TokenRole) {
  return createToken(exchange.store, { country, role });
}

const TOTALS: Record<string, string> = {
  citizen: "TOTAL",
  applicant: "TOTAL",
  sex: "T",
  age: "TOTAL",
};

/**
 * A monthly asylum sheet where `count` applicants of one citizenship, type, sex and age group
 * appear in that cell and in every total that covers it; all other figures of the two rows are 0
 * and every other row is empty. Every identity of the template holds.
 */
export function consistentSheet(country: string, period: string, count: number): SheetData {
  const template = getTemplate("ASYAPPCTZM");
  const sheet = emptySheet(template, country, period);
  const leaf: Record<string, string> = {
    citizen: "UA",
    applicant: "FRST",
    sex: "F",
    age: "Y18-34",
  };
  const covers = (key: Record<string, string>) =>
    Object.entries(key).every(([dim, code]) => code === leaf[dim] || code === TOTALS[dim]);
  const layout = templateLayout(template);
  layout.rowKeys.forEach((rowKey, r) => {
    if (rowKey.citizen !== "UA" && rowKey.citizen !== "TOTAL") return;
    layout.colKeys.forEach((colKey, c) => {
      sheet.values[r][c] = covers({ ...rowKey, ...colKey }) ? count : 0;
    });
  });
  return sheet;
}

/** The codes that count a leaf cell again in a total, by dimension. */
const COVERING: Record<string, string[]> = {
  citizen: ["TOTAL"],
  applicant: ["TOTAL"],
  sex: ["T"],
  age: ["TOTAL", "Y_LT18"],
};

/**
 * A new sheet of an asylum template (its common rows, for "ME") with a row added at its end for
 * each code of `added`, in that order, as the pane adds rows. `count` girls under 14 of
 * `citizen` (Ukraine unless said) applying for the first time are in that cell and in every
 * total that covers it; every other figure of that citizenship's row, of the total row and of
 * the added rows is 0; the other rows are empty, so they are not sent.
 */
export function girlsSheet(
  templateId: string,
  period: string,
  count: number,
  { citizen = "UA", added = [] }: { citizen?: string; added?: string[] } = {}
): SheetData {
  const sheet = emptySheet(getTemplate(templateId), "ME", period, "common");
  for (const code of added) {
    sheet.layout.rowKeys.push({ citizen: code });
    sheet.values.push(sheet.layout.colKeys.map(() => null));
  }
  const leaf: Record<string, string> = { citizen, applicant: "FRST", sex: "F", age: "Y_LT14" };
  const covers = (key: Record<string, string>) =>
    Object.entries(leaf).every(
      ([dim, code]) => key[dim] === code || COVERING[dim].includes(key[dim])
    );
  const sent = new Set([citizen, "TOTAL", ...added]);
  sheet.layout.rowKeys.forEach((rowKey, r) => {
    if (!sent.has(rowKey.citizen)) return;
    sheet.layout.colKeys.forEach((colKey, c) => {
      sheet.values[r][c] = covers({ ...rowKey, ...colKey }) ? count : 0;
    });
  });
  return sheet;
}

/** A full monthly asylum sheet of zeros: consistent, and a large check (23,040 observations). */
export function zeroSheet(country: string, period: string): SheetData {
  const sheet = emptySheet(getTemplate("ASYAPPCTZM"), country, period);
  for (const row of sheet.values) row.fill(0);
  return sheet;
}

export function csvOf(sheet: SheetData): string {
  return writeSdmxCsv(sheet.template, sheetToObservations(sheet));
}

export function requestOf(sheet: SheetData, sdmxCsv = csvOf(sheet)): SubmissionRequest {
  return {
    templateId: sheet.template.id,
    templateVersion: sheet.template.version,
    country: sheet.country,
    period: sheet.period,
    sdmxCsv,
  };
}

/** POSTs a submission body (any JSON, or raw text) with an optional token and extra headers. */
export function post(
  exchange: { url: string },
  token: string | undefined,
  body: unknown,
  contentType = "application/json",
  headers: Record<string, string> = {}
) {
  return fetch(`${exchange.url}/api/v1/submissions`, {
    method: "POST",
    headers: {
      "Content-Type": contentType,
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

/** GETs an API path with a token and optional headers; the body is JSON when it parses. */
export async function getWith(
  exchange: { url: string },
  token: string,
  path: string,
  headers: Record<string, string> = {}
) {
  const response = await fetch(`${exchange.url}/api/v1${path}`, {
    headers: { Authorization: `Bearer ${token}`, ...headers },
  });
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, text, body };
}

/** POSTs a review decision as `token`. */
export async function review(
  exchange: { url: string },
  token: string,
  submissionId: string,
  decision: unknown
) {
  const response = await fetch(`${exchange.url}/api/v1/submissions/${submissionId}/review`, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify(decision),
  });
  return { status: response.status, body: await response.json() };
}
