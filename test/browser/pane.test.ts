import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Browser, chromium, Page } from "playwright-core";
import { startServer } from "../../src/server/start";
import { createTokenInDb } from "../../src/server/tokens-admin";
import { buildPane, fakeExcelScript } from "./support/build";
import { serveFolder } from "./support/static-server";

const CHROMIUM = "/usr/bin/chromium";
const SHEET = "ASYAPPCTZM";
const WAIT = { timeout: 15_000 };

const skipReason =
  process.env.MIDEX_SKIP_BROWSER_TESTS === "1"
    ? "MIDEX_SKIP_BROWSER_TESTS=1"
    : existsSync(CHROMIUM)
      ? undefined
      : `${CHROMIUM} is not installed (apt-get install chromium)`;
if (skipReason) console.log(`Skipping the task pane browser test: ${skipReason}`);
const describeInBrowser = skipReason ? describe.skip : describe;

/** Runs a call on the fake Excel inside the page, as the user would act in Excel. */
function excel<T>(page: Page, script: string): Promise<T> {
  return page.evaluate(`(async (host) => ${script})(window.__fakeExcel)`) as Promise<T>;
}

/** Runs in the page: is the fake Excel's selection this sheet and cell? */
function selectionIs(expected: { sheet: string; address: string }): boolean {
  const host = (window as unknown as { __fakeExcel: { selection(): unknown } }).__fakeExcel;
  return JSON.stringify(host.selection()) === JSON.stringify(expected);
}

/** Runs in the page: does the fake Excel's cell hold a value matching the pattern? */
function cellMatches(expected: { sheet: string; address: string; pattern: string }): boolean {
  type Host = { values(sheet: string, address: string): unknown[][] };
  const host = (window as unknown as { __fakeExcel: Host }).__fakeExcel;
  const value = host.values(expected.sheet, expected.address)[0][0];
  return new RegExp(expected.pattern).test(String(value));
}

describeInBrowser("the task pane in Chromium, with the fake Excel and the real exchange", () => {
  let dir: string;
  let browser: Browser;
  let pane: Awaited<ReturnType<typeof serveFolder>>;
  let exchange: Awaited<ReturnType<typeof startServer>>;
  let token: string;
  let fakeExcel: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "midex-pane-"));
    await buildPane(join(dir, "pane"));
    fakeExcel = fakeExcelScript();
    pane = await serveFolder(join(dir, "pane"));
    const dbFile = join(dir, "exchange.sqlite");
    token = await createTokenInDb({ dbFile, country: "ME" });
    exchange = await startServer({
      port: 0,
      host: "127.0.0.1",
      dbFile,
      corsOrigin: pane.origin,
      logLevel: "silent",
    });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await exchange?.close();
    await pane?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** A 350 px wide pane with the fake Excel in place of Office.js and no way off the machine. */
  async function openPane() {
    const page = await browser.newPage({ viewport: { width: 350, height: 1000 } });
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.addInitScript(fakeExcel);
    await page.route("**/*", (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === "appsforoffice.microsoft.com") {
        // Office.js itself: the fake installed by the init script stands in for it.
        return route.fulfill({ contentType: "text/javascript", body: "/* office.js stub */" });
      }
      return url.hostname === "127.0.0.1" ? route.continue() : route.abort();
    });
    await page.goto(`${pane.origin}/taskpane.html`);
    return { page, pageErrors };
  }

  async function loadTemplate(page: Page, country: string) {
    await page.getByLabel("Search the catalogue").fill(SHEET.toLowerCase());
    await page.getByRole("radio", { name: new RegExp(`^${SHEET}`) }).check();
    await page.getByLabel("Reporting country").selectOption(country);
    await page.getByLabel("Reference period").fill("2026-06");
    await page.getByRole("button", { name: "Load", exact: true }).click();
    await page.getByText("Ready to submit").waitFor(WAIT);
  }

  async function enterExchange(page: Page) {
    await page.getByLabel("Exchange address").fill(exchange.url);
    await page.getByLabel("Access token").fill(token);
  }

  it("loads a template, lists a wrong figure, goes to it, and submits once it is fixed", async () => {
    const { page, pageErrors } = await openPane();
    await loadTemplate(page, "ME");
    expect(await excel(page, `host.sheetNames()`)).toEqual(["Sheet1", SHEET, "midex-meta"]);

    await excel(page, `host.user.edit("${SHEET}", "C20", [new Array(96).fill(0)])`);
    await excel(page, `host.user.edit("${SHEET}", "E20", -3)`);
    const wrongFigure = page.getByRole("button", { name: /^E20 .*negative number/ });
    await wrongFigure.waitFor(WAIT);
    const submit = page.getByRole("button", { name: "Submit", exact: true });
    expect(await submit.isDisabled()).toBe(true);

    await wrongFigure.click();
    await page.waitForFunction(selectionIs, { sheet: SHEET, address: "E20" }, WAIT);
    await excel(page, `host.user.select("Sheet1", "A1")`);
    await wrongFigure.focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(selectionIs, { sheet: SHEET, address: "E20" }, WAIT);

    await excel(page, `host.user.edit("${SHEET}", "E20", 0)`);
    await page.getByText("Ready to submit").waitFor(WAIT);
    await enterExchange(page);
    expect(await submit.isDisabled()).toBe(false);

    await submit.click();
    await page.locator('[data-testid="receipt"], [data-testid="refusal"]').waitFor(WAIT);
    const refused = page.getByTestId("refusal");
    expect((await refused.count()) > 0 ? await refused.textContent() : "no refusal").toBe(
      "no refusal"
    );
    const receipt = page.getByTestId("receipt");
    const text = (await receipt.textContent()) ?? "";
    expect(text).toMatch(/Version\s*1(?!\d)/);
    expect(text).toMatch(/SHA-256\s*[0-9a-f]{64}/);
    expect(text).toContain(`Submitted ${SHEET} for ME, 2026-06`);
    const cells = await excel<unknown[][]>(page, `host.values("${SHEET}", "A1:CT253")`);
    expect(JSON.stringify(cells)).not.toContain(token);
    expect(pageErrors).toEqual([]);

    await page.screenshot({ path: "/tmp/pane.png", fullPage: true });
  });

  it("loads a package, adds a row through the picker, and lists a finding in the new row", async () => {
    const { page, pageErrors } = await openPane();
    await page.getByLabel("Search the catalogue").fill("monthly international");
    await page.getByRole("radio", { name: /^Monthly international protection/ }).check();
    await page.getByLabel("Reporting country").selectOption("ME");
    await page.getByLabel("Reference period").fill("2026-06");
    await page.getByRole("button", { name: "Load", exact: true }).click();
    const picker = page.getByRole("combobox", { name: /citizenship to add/i });
    await picker.waitFor(WAIT);
    const sheets = await excel<string[]>(page, `host.sheetNames()`);
    expect(sheets.slice(0, 3)).toEqual(["Sheet1", "Cover", SHEET]);

    await picker.pressSequentially("kiri");
    await page.getByRole("listbox").getByRole("option", { name: "KI – Kiribati" }).click();
    await page.getByRole("button", { name: "Add row", exact: true }).click();
    const kiribati = { sheet: SHEET, address: "A102", pattern: "^KI$" };
    await page.waitForFunction(cellMatches, kiribati, WAIT);

    await excel(page, `host.user.edit("${SHEET}", "D102", -1)`);
    await page.getByRole("button", { name: /^D102 .*negative number/ }).waitFor(WAIT);
    const errorsOnCover = { sheet: "Cover", address: "E7", pattern: "^\\d+ errors?$" };
    await page.waitForFunction(cellMatches, errorsOnCover, WAIT);
    expect(pageErrors).toEqual([]);

    await page.screenshot({ path: "/tmp/pane-package.png", fullPage: true });
  });

  it("shows the exchange's refusal plainly when the token is for another country", async () => {
    const { page, pageErrors } = await openPane();
    await loadTemplate(page, "AL");
    await enterExchange(page);

    await page.getByRole("button", { name: "Submit", exact: true }).click();

    const refusal = page.getByTestId("refusal");
    await refusal.waitFor(WAIT);
    expect(await refusal.textContent()).toMatch(/only submit data for ME.*for AL/);
    expect(await page.getByTestId("receipt").count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
