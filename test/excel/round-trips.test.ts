import { installFakeOffice } from "../fake-excel";
import {
  ChangeWatcher,
  loadPackage,
  loadTemplate,
  readWorkbookReports,
  ReportUpdate,
  SheetReport,
} from "../../src/excel";
import { buildSheetContent, CellValue, getTemplate } from "../../src/core";
import { cellBudget, DEFAULT_PAYLOAD_LIMIT_BYTES } from "../../src/excel/payload";

const SHEET = "ASYAPPCTZM";
/** Excel on the web's limit on one request and one response. */
const WEB_LIMIT = 5_000_000;

/** The template with every citizenship of the code list: the largest sheet officials fill in. */
function fullSheet(): { grid: (string | number | boolean)[][]; rows: number; cols: number } {
  const content = buildSheetContent(getTemplate(SHEET), "ME", "2026-06", "all");
  const grid = content.grid.map((row) => row.map((v: CellValue) => v ?? ""));
  return { grid, rows: content.layout.rowKeys.length, cols: content.layout.colKeys.length };
}

/** A block of figures that adds up nowhere in particular; only its size matters here. */
function figures(rows: number, cols: number): number[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => r + c));
}

async function watchFullSheet(options: { payloadLimitBytes?: number; hostLimit?: number } = {}) {
  const host = installFakeOffice(globalThis, { payloadLimitBytes: options.hostLimit ?? WEB_LIMIT });
  const sheet = fullSheet();
  host.addSheet(SHEET);
  host.seed(SHEET, "A1", sheet.grid);
  const updates: ReportUpdate[] = [];
  const errors: Error[] = [];
  const watcher = new ChangeWatcher({
    onUpdate: (update) => updates.push(update),
    onError: (error) => errors.push(error),
    delayMs: 0,
    payloadLimitBytes: options.payloadLimitBytes,
  });
  await watcher.start();
  return { host, sheet, updates, errors };
}

const PACKAGE = { packageId: "monthly-asylum", country: "ME", period: "2026-06" };

/** Everything a load writes that officials see or rely on, sheet by sheet, to compare two loads. */
function workbookContent(host: ReturnType<typeof installFakeOffice>) {
  return host.sheetNames().map((sheet) => ({
    sheet,
    values: host.values(sheet, "A1:DA320"),
    formats: host
      .values(sheet, "A1:DA20")
      .map((row, r) =>
        row.map((_, c) => host.cell(sheet, `${String.fromCharCode(65 + (c % 26))}${r + 1}`))
      ),
    codeFormats: host.values(sheet, "A1:A320").map((_, r) => host.cell(sheet, `A${r + 1}`)),
    conditionalFormats: host.conditionalFormats(sheet),
    validations: host.dataValidations(sheet),
    protection: host.protection(sheet),
  }));
}

/** A fresh workbook with a package loaded; `limit` is both the host's and the adapter's. */
async function loadedPackage(limit?: number) {
  const host = installFakeOffice(globalThis, { payloadLimitBytes: limit });
  host.resetCounters();
  const { reports } = await loadPackage(PACKAGE, { payloadLimitBytes: limit });
  return { host, reports };
}

const templateFindings = (report: SheetReport) =>
  report.kind === "template" ? report.findings : [];

const findingsOf = (update: ReportUpdate | undefined) => {
  const report = update?.reports[0];
  return report?.kind === "template" ? report.findings : [];
};

describe("round trips and request sizes", () => {
  it("uses a default payload limit well under Excel on the web's 5 MB", () => {
    expect(DEFAULT_PAYLOAD_LIMIT_BYTES).toBeLessThanOrEqual(WEB_LIMIT / 2);
  });

  it("re-reads a paste of over 10,000 figures in one sync, each request under the web's limit", async () => {
    const { host, sheet, updates, errors } = await watchFullSheet();
    await host.user.edit(SHEET, "C14", 1);
    host.resetCounters();
    const rows = Math.ceil(10_000 / sheet.cols);
    expect(rows * sheet.cols).toBeGreaterThanOrEqual(10_000);

    await host.user.edit(SHEET, "C14", figures(rows, sheet.cols));

    expect(errors).toEqual([]);
    expect(host.syncCount).toBe(1);
    expect(Math.max(...host.requestBytes)).toBeLessThan(DEFAULT_PAYLOAD_LIMIT_BYTES);
    expect(Math.max(...host.responseBytes)).toBeLessThan(DEFAULT_PAYLOAD_LIMIT_BYTES);
    expect(findingsOf(updates.at(-1)).length).toBeGreaterThan(0);
  });

  it("reads the full citizenship sheet in the same syncs as a small one, under the limit", async () => {
    const { host } = await watchFullSheet();
    host.resetCounters();

    const reports = await readWorkbookReports();

    expect(reports.map((r) => r.kind)).toContain("template");
    expect(host.syncCount).toBe(2);
    expect(Math.max(...host.responseBytes)).toBeLessThan(DEFAULT_PAYLOAD_LIMIT_BYTES);
  });

  it("reads a sheet larger than the limit in blocks, each response under it, with the same findings", async () => {
    const limit = 60_000;
    const filled = async (hostLimit?: number) => {
      const { host, sheet } = await watchFullSheet({ hostLimit });
      host.seed(SHEET, "C14", figures(sheet.rows, sheet.cols));
      host.resetCounters();
      return host;
    };
    await filled();
    const expected = (await readWorkbookReports()).map(templateFindings);
    const host = await filled(limit);

    const reports = await readWorkbookReports({ payloadLimitBytes: limit });

    expect(host.syncCount).toBeGreaterThan(3);
    expect(Math.max(...host.responseBytes)).toBeLessThanOrEqual(limit);
    expect(Math.max(...host.requestBytes)).toBeLessThanOrEqual(limit);
    expect(reports.map(templateFindings)).toEqual(expected);
    expect(expected.flat().length).toBeGreaterThan(0);
  });

  it("writes a whole reporting package in requests under the default limit", async () => {
    const host = installFakeOffice(globalThis, { payloadLimitBytes: WEB_LIMIT });

    await loadPackage({ packageId: "monthly-asylum", country: "ME", period: "2026-06" });

    expect(host.syncCount).toBe(3);
    expect(Math.max(...host.requestBytes)).toBeLessThan(DEFAULT_PAYLOAD_LIMIT_BYTES);
    expect(Math.max(...host.responseBytes)).toBeLessThan(DEFAULT_PAYLOAD_LIMIT_BYTES);
  });

  it("writes a package larger than the limit over more syncs, each under it, with the same result", async () => {
    const limit = 150_000;
    const whole = await loadedPackage();
    const wholeSyncs = whole.host.syncCount;
    const expected = workbookContent(whole.host);
    expect(Math.max(...whole.host.requestBytes)).toBeGreaterThan(limit);

    const chunked = await loadedPackage(limit);

    expect(wholeSyncs).toBe(3);
    expect(chunked.host.syncCount).toBeGreaterThan(4);
    expect(Math.max(...chunked.host.requestBytes)).toBeLessThanOrEqual(limit);
    expect(workbookContent(chunked.host)).toEqual(expected);
    expect(chunked.reports.map(templateFindings)).toEqual(whole.reports.map(templateFindings));
    expect(chunked.host.activeSheet()).toBe("Cover");
    expect(chunked.host.enableEvents).toBe(true);
  });

  it("fails on a small limit when the adapter is not told of it, as Excel on the web would", async () => {
    const host = installFakeOffice(globalThis, { payloadLimitBytes: 150_000 });

    await expect(loadPackage(PACKAGE)).rejects.toThrow(/too large for Excel on the web/);
    expect(host.enableEvents).toBe(true);
  });

  it("writes one sheet larger than the limit in blocks of rows, with the same content", async () => {
    const limit = 100_000;
    const choice = { templateId: SHEET, country: "ME", period: "2026-06" };
    const reference = installFakeOffice(globalThis);
    await loadTemplate(choice);
    const expected = workbookContent(reference);
    const small = installFakeOffice(globalThis, { payloadLimitBytes: limit });
    small.resetCounters();

    const report = await loadTemplate(choice, { payloadLimitBytes: limit });

    expect(report.kind).toBe("template");
    const cells = report.kind === "template" ? report.data.values.flat().length : 0;
    expect(cells).toBeGreaterThan(cellBudget(limit));
    // One sync for the names, at least three for the sheet's blocks, one to protect and stamp.
    expect(small.syncCount).toBeGreaterThanOrEqual(5);
    expect(Math.max(...small.requestBytes)).toBeLessThanOrEqual(limit);
    expect(workbookContent(small)).toEqual(expected);
  });

  it("fails plainly when a host's limit is exceeded, rather than hanging or losing figures", async () => {
    const { host, sheet } = await watchFullSheet({ hostLimit: 60_000 });
    host.seed(SHEET, "C14", figures(sheet.rows, sheet.cols));

    await expect(readWorkbookReports()).rejects.toThrow(/too large for Excel on the web/);
  });

  it("splits the re-read of a paste larger than the limit into requests under it", async () => {
    const limit = 100_000;
    const { host, sheet, errors, updates } = await watchFullSheet({
      hostLimit: limit,
      payloadLimitBytes: limit,
    });
    await host.user.edit(SHEET, "C14", 1);
    host.resetCounters();

    await host.user.edit(SHEET, "C14", figures(100, sheet.cols));

    expect(errors).toEqual([]);
    expect(host.syncCount).toBeGreaterThan(1);
    expect(Math.max(...host.responseBytes)).toBeLessThanOrEqual(limit);
    const full = await readWorkbookReports({ payloadLimitBytes: limit });
    const template = full.find((r) => r.kind === "template");
    expect(findingsOf(updates.at(-1))).toEqual(
      template?.kind === "template" ? template.findings : []
    );
  });
});
