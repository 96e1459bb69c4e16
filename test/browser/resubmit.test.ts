import { join } from "node:path";
import { BrowserContext, Page } from "playwright-core";
import { RECEIPT_NAMESPACE, RECEIPT_SHEET } from "../../src/core";
import { openStore } from "../../src/server/store/open-store";
import { createTokenInDb } from "../../src/server/tokens-admin";
import { axeProblems } from "./support/axe";
import { fakeExcelScript } from "./support/build";
import { Exchange, startExchangeFor } from "./support/exchange";
import { consistentFigures } from "./support/figures";
import {
  describeIfChromium,
  excel,
  loadFromCatalogue,
  PaneSession,
  startPaneSession,
} from "./support/pane-session";
import { consistentSheet, requestOf } from "../server/exchange-fixture";

const SHEET = "ASYAPPCTZM";
const WAIT = { timeout: 20_000 };

const describeInBrowser = describeIfChromium("resubmission browser test");

/** Everything the fake workbook holds that a token could leak into, as one text. */
async function workbookText(page: Page): Promise<string> {
  return excel<string>(
    page,
    `JSON.stringify({
      cells: host.sheetNames().map((name) => host.values(name, "A1:CZ400")),
      names: host.names(),
      parts: host.customXmlParts(),
    })`
  );
}

async function receiptParts(page: Page): Promise<string> {
  const parts = await excel<{ namespaceUri: string; xml: string }[]>(page, `host.customXmlParts()`);
  return parts
    .filter((p) => p.namespaceUri === RECEIPT_NAMESPACE)
    .map((p) => p.xml)
    .join("\n");
}

describeInBrowser("resubmitting from the pane: receipt, diff, and the offline queue", () => {
  let session: PaneSession;
  let dbFile: string;
  let context: BrowserContext;
  let exchange: Exchange;
  let token: string;
  let reviewer: string;

  beforeAll(async () => {
    session = await startPaneSession("resubmit", fakeExcelScript());
    dbFile = join(session.dir, "exchange.sqlite");
    token = await createTokenInDb({ dbFile, country: "ME" });
    reviewer = await createTokenInDb({ dbFile, country: "ME", role: "reviewer" });
    exchange = await startExchangeFor(session.origin, dbFile);
    // One context for the whole test: its IndexedDB is what survives a pane reload.
    context = await session.newContext({ width: 350, height: 1400 });
  }, 180_000);

  afterAll(async () => {
    // The browser first: its kept-alive connections would hold the exchange's close open.
    await context?.close();
    await session?.close();
    await exchange?.close();
  });

  /** A 350 px wide pane in the shared context, with the fake Excel and no way off the machine. */
  const openPane = () => session.open({ context });

  async function loadTemplate(page: Page, period = "2026-05") {
    const entry = new RegExp(`^${SHEET}`);
    await loadFromCatalogue(page, { search: SHEET.toLowerCase(), entry, country: "ME", period });
    await page.getByRole("combobox", { name: /citizenship to add/i }).waitFor(WAIT);
  }

  async function typeFigures(page: Page, count: number) {
    const { address, values } = consistentFigures(count);
    await excel(page, `host.user.edit("${SHEET}", "${address}", ${JSON.stringify(values)})`);
    await page.getByText("Ready to submit").waitFor(WAIT);
  }

  async function receiptText(page: Page, version: number): Promise<string> {
    const receipt = page.getByTestId("receipt");
    await receipt.getByText(String(version), { exact: true }).waitFor(WAIT);
    return (await receipt.textContent()) ?? "";
  }

  async function accept(submissionId: string) {
    const response = await fetch(`${exchange.url}/api/v1/submissions/${submissionId}/review`, {
      method: "POST",
      headers: { Authorization: `Bearer ${reviewer}`, "Content-Type": "application/json" },
      body: JSON.stringify({ decision: "accept" }),
    });
    expect(response.status).toBe(200);
  }

  async function storedCount(): Promise<number> {
    const store = await openStore({ dbFile });
    try {
      return await store.countSubmissions();
    } finally {
      await store.close();
    }
  }

  it("signs in, submits, resubmits after the diff, and queues while the exchange is away", async () => {
    const { page, pageErrors } = await openPane();
    await loadTemplate(page);
    await typeFigures(page, 3);
    await page.getByLabel("Exchange address").fill(exchange.url);
    await page.getByLabel("Access token").fill(token);
    const submit = page.getByRole("button", { name: "Submit", exact: true });

    await submit.click();
    const first = await receiptText(page, 1);
    expect(first).toMatch(/SHA-256\s*([0-9a-f]{64})/);
    const sha256 = /SHA-256\s*([0-9a-f]{64})/.exec(first)![1];
    const submissionId = /Submission id\s*([0-9a-f-]{36})/.exec(first)![1];
    const recorded = await receiptParts(page);
    expect(recorded).toContain(`sha256="${sha256}"`);
    expect(recorded).toContain(`version="1"`);
    expect(await excel(page, `host.sheetNames()`)).toContain(RECEIPT_SHEET);
    expect(await workbookText(page)).not.toContain(token);

    await accept(submissionId);
    await typeFigures(page, 5);
    await submit.click();
    const diff = page.getByTestId("diff");
    await diff.waitFor(WAIT);
    expect(await diff.textContent()).toMatch(/\d+ figures changed since the accepted version 1:/);
    expect(await diff.textContent()).toMatch(/Ukraine, all applicants, all sexes, all ages: 3 → 5/);
    await page.screenshot({ path: "/tmp/pane-diff.png", fullPage: true });
    expect(await axeProblems(page)).toEqual([]);
    await page.getByRole("button", { name: "Send this version" }).click();
    await receiptText(page, 2);
    expect(await receiptParts(page)).toContain(`version="2"`);
    expect(await storedCount()).toBe(2);

    // The exchange goes away: the pane keeps the submission and says so.
    const down = (route: { abort(): Promise<void> }) => route.abort();
    await page.route(`${exchange.url}/**`, down);
    await typeFigures(page, 6);
    await submit.click();
    const queued = page.getByTestId("queued");
    await queued.waitFor(WAIT);
    expect(await queued.textContent()).toMatch(/Waiting to send.*ASYAPPCTZM \(2026-05\)/);

    // A reload of the pane: the sign-in and the queue are still there.
    await page.reload();
    await page.getByTestId("signed-in").waitFor(WAIT);
    await page.getByTestId("queued").waitFor(WAIT);
    expect(await storedCount()).toBe(2);

    // The exchange is back: the queued submission is sent, once.
    await page.unroute(`${exchange.url}/**`, down);
    await page.evaluate(() => window.dispatchEvent(new Event("online")));
    await page.getByTestId("queued").waitFor({ state: "detached", ...WAIT });
    await page.waitForFunction(
      (ns) =>
        (
          window as unknown as {
            __fakeExcel: { customXmlParts(): { namespaceUri: string; xml: string }[] };
          }
        ).__fakeExcel
          .customXmlParts()
          .some((p) => p.namespaceUri === ns && p.xml.includes('version="3"')),
      RECEIPT_NAMESPACE,
      WAIT
    );
    expect(await storedCount()).toBe(3);
    await page.evaluate(() => window.dispatchEvent(new Event("online")));
    expect(await storedCount()).toBe(3);
    expect(await workbookText(page)).not.toContain(token);
    expect(pageErrors).toEqual([]);

    await page.screenshot({ path: "/tmp/pane-resubmit.png", fullPage: true });
  }, 180_000);

  it("shows each figure far outside its history with a chart before sending, and sends its justification", async () => {
    // Six accepted months of 3 applicants make 900 in July far outside the cell's history.
    for (const month of ["01", "02", "03", "04", "05", "06"]) {
      const request = requestOf(consistentSheet("ME", `2025-${month}`, 3));
      const response = await fetch(`${exchange.url}/api/v1/submissions`, {
        method: "POST",
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
        body: JSON.stringify(request),
      });
      expect(response.status).toBe(201);
      await accept(((await response.json()) as { submissionId: string }).submissionId);
    }
    const { page, pageErrors } = await openPane();
    await page.getByTestId("signed-in").waitFor(WAIT);
    await loadTemplate(page, "2025-07");
    const before = await storedCount();
    await typeFigures(page, 900);
    const submit = page.getByRole("button", { name: "Submit", exact: true });

    // Before anything is sent: the warnings, each with its cell, chart and text alternative.
    const list = page.getByTestId("justifications");
    await list.waitFor(WAIT);
    const boxes = list.getByRole("textbox");
    const count = await boxes.count();
    expect(count).toBeGreaterThan(1);
    expect(await submit.isDisabled()).toBe(true);
    expect(await page.locator("#submit-blocked").textContent()).toMatch(
      new RegExp(`each of the ${count} figures`)
    );
    expect(await list.getByTestId("history-source").textContent()).toMatch(
      /the exchange accepted for earlier periods/
    );
    expect(await list.getByTestId("history-chart").count()).toBe(count);
    const first = list.getByTestId("warning-to-justify").first();
    const label = (await first.locator("label").textContent()) ?? "";
    const cell = /^([A-Z]+\d+): /.exec(label)![1];
    await first.getByRole("img", { name: `History of ${cell}` }).waitFor(WAIT);
    const description = await first.locator("svg desc").textContent();
    expect(description).toContain(`${cell}: 900 for 2025-07`);
    expect(description).toContain("from 6 earlier periods");
    expect(description).toContain("2025-01: 3; 2025-02: 3");
    expect(await first.getByRole("table").getByRole("row").count()).toBe(8);
    expect(await storedCount()).toBe(before);
    expect(await axeProblems(page)).toEqual([]);
    await page.screenshot({ path: "/tmp/pane-justify.png", fullPage: true });

    // Excel marks the warned cells too (this host has no notes: a conditional format on each).
    const markedCells = async () =>
      excel<string[]>(
        page,
        `host.conditionalFormats("${SHEET}")
          .filter((f) => JSON.stringify(f).includes("WB-MIDEX plausibility"))
          .map((f) => f.range.split("!").pop())`
      );
    await page.waitForFunction(
      ([sheet, want]) =>
        (
          window as unknown as { __fakeExcel: { conditionalFormats(s: string): unknown[] } }
        ).__fakeExcel
          .conditionalFormats(sheet)
          .filter((f) => JSON.stringify(f).includes("WB-MIDEX plausibility")).length === want,
      [SHEET, count] as const,
      WAIT
    );
    expect(await markedCells()).toContain(cell);

    // Justified by keyboard, sent, and the exchange keeps each justification with its figure.
    for (let i = 0; i < count; i++) {
      await boxes.nth(i).focus();
      await page.keyboard.type("A reception centre opened in July.");
    }
    await page.keyboard.press("Tab");
    expect(await submit.isDisabled()).toBe(false);
    await submit.click();
    const receipt = await receiptText(page, 1);
    const submissionId = /Submission id\s*([0-9a-f-]{36})/.exec(receipt)![1];
    expect(await storedCount()).toBe(before + 1);
    expect(await receiptParts(page)).toContain("A reception centre opened in July.");
    const stored = await fetch(`${exchange.url}/api/v1/submissions/${submissionId}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    const { findings } = (await stored.json()) as { findings: { justification: string }[] };
    expect(findings).toHaveLength(count);
    expect(findings.every((f) => f.justification === "A reception centre opened in July.")).toBe(
      true
    );
    expect(pageErrors).toEqual([]);
  }, 180_000);
});
