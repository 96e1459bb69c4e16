import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
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
import { startServer } from "../../src/server/start";
import { ExchangeStore } from "../../src/server/store/exchange-store";
import { openSqliteStore } from "../../src/server/store/sqlite-store";

/**
 * A real exchange on 127.0.0.1 with a fresh database in a temporary folder, plus a second
 * connection to the same file through which tests create tokens and count stored rows.
 */
export interface TestExchange {
  url: string;
  store: ExchangeStore;
  dbFile: string;
  close(): Promise<void>;
}

export async function startTestExchange(): Promise<TestExchange> {
  const dir = mkdtempSync(join(tmpdir(), "midex-exchange-"));
  const dbFile = join(dir, "exchange.db");
  const server = await startServer({ port: 0, dbFile, logLevel: "silent" });
  const store = openSqliteStore(dbFile);
  return {
    url: server.url,
    store,
    dbFile,
    close: async () => {
      await store.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function tokenFor(exchange: TestExchange, country: string, expiresAt?: Date) {
  return createToken(exchange.store, { country, expiresAt });
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

/** POSTs a submission body (any JSON, or raw text) with an optional token. */
export function post(
  exchange: TestExchange,
  token: string | undefined,
  body: unknown,
  contentType = "application/json"
) {
  return fetch(`${exchange.url}/api/v1/submissions`, {
    method: "POST",
    headers: {
      "Content-Type": contentType,
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}
