import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Page } from "playwright-core";
import { createTokenInDb } from "../../src/server/tokens-admin";
import { axeProblems } from "./support/axe";
import { fakeExcelScript } from "./support/build";
import { Exchange, startExchangeFor } from "./support/exchange";
import {
  describeIfChromium,
  excel,
  loadFromCatalogue,
  MONTHLY_PACKAGE,
  PaneSession,
  selectionIs,
  startPaneSession,
} from "./support/pane-session";

const SHEET = "ASYAPPCTZM";
const WAIT = { timeout: 15_000 };

const describeInBrowser = describeIfChromium("task pane browser test");

/** A row of `width` figures, zero except `value` at column index `at`. */
function row(width: number, at = -1, value = 0): number[] {
  return Array.from({ length: width }, (_, i) => (i === at ? value : 0));
}

/** Runs in the page: does the fake Excel's cell hold a value matching the pattern? */
function cellMatches(expected: { sheet: string; address: string; pattern: string }): boolean {
  type Host = { values(sheet: string, address: string): unknown[][] };
  const host = (window as unknown as { __fakeExcel: Host }).__fakeExcel;
  const value = host.values(expected.sheet, expected.address)[0][0];
  return new RegExp(expected.pattern).test(String(value));
}

describeInBrowser("the task pane in Chromium, with the fake Excel and the real exchange", () => {
  let session: PaneSession;
  let exchange: Exchange;
  let token: string;

  beforeAll(async () => {
    session = await startPaneSession("pane", fakeExcelScript());
    const dbFile = join(session.dir, "exchange.sqlite");
    token = await createTokenInDb({ dbFile, country: "ME" });
    exchange = await startExchangeFor(session.origin, dbFile);
  }, 120_000);

  afterAll(async () => {
    // The browser first: its kept-alive connections would hold the exchange's close open.
    await session?.close();
    await exchange?.close();
  });

  /** A 350 px wide pane with the fake Excel in place of Office.js and no way off the machine. */
  const openPane = () => session.open();

  async function loadTemplate(page: Page, country: string) {
    const entry = new RegExp(`^${SHEET}`);
    await loadFromCatalogue(page, {
      search: SHEET.toLowerCase(),
      entry,
      country,
      period: "2026-06",
    });
    await page.getByText("Ready to submit").waitFor(WAIT);
  }

  async function loadPackage(page: Page) {
    await loadFromCatalogue(page, MONTHLY_PACKAGE);
    await page.getByText("Ready to submit").waitFor(WAIT);
  }

  /** The findings list's buttons for negative figures, by cell. */
  async function negativeCells(page: Page): Promise<string[]> {
    const buttons = page.getByRole("button", { name: /negative number/ });
    const names = await buttons.evaluateAll((nodes) => nodes.map((n) => n.textContent ?? ""));
    return names.map((name) => /^[A-Z]+\d+/.exec(name)?.[0] ?? name).sort();
  }

  async function waitForNegatives(page: Page, expected: string[]) {
    const sorted = [...expected].sort();
    await page.waitForFunction(
      (want) => {
        const names = [...document.querySelectorAll("button")]
          .map((b) => b.textContent ?? "")
          .filter((t) => t.includes("negative number"))
          .map((t) => /^[A-Z]+\d+/.exec(t)?.[0] ?? t)
          .sort();
        return JSON.stringify(names) === JSON.stringify(want);
      },
      sorted,
      WAIT
    );
    expect(await negativeCells(page)).toEqual(sorted);
  }

  /** Zero in every figure cell of the template's usual rows, as an official with nothing to report. */
  async function fillFigures(page: Page) {
    const zeros = Array.from({ length: 88 }, () => row(96));
    await excel(page, `host.user.edit("${SHEET}", "C14", ${JSON.stringify(zeros)})`);
  }

  async function enterExchange(page: Page) {
    await page.getByLabel("Exchange address").fill(exchange.url);
    await page.getByLabel("Access token").fill(token);
  }

  it("shows the first screen before its engine arrives, and loads once it has", async () => {
    // The scripts the page names hold the first screen only; the templates (each has a legal
    // basis) come with the engine, a chunk fetched alongside Office.
    const html = readFileSync(join(session.paneDir, "taskpane.html"), "utf8");
    const initial = [...html.matchAll(/<script[^>]*\ssrc="?([^" >]+)"?/g)]
      .map((m) => m[1])
      .filter((src) => !src.startsWith("http"));
    expect(initial.length).toBeGreaterThan(0);
    for (const src of initial) {
      expect(readFileSync(join(session.paneDir, src), "utf8")).not.toContain("legalBasis");
    }

    const { page, pageErrors } = await openPane();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    // Registered last, so it runs before the session's own route; it passes the chunk on late.
    await page.route(/\/engine\.[0-9a-f]+\.js$/, async (route) => {
      await held;
      await route.fallback();
    });
    // The held chunk holds the page's load event too.
    await page.reload({ waitUntil: "domcontentloaded" });
    await page.getByText("Preparing the checks…").waitFor(WAIT);
    await page.getByLabel("Search the catalogue").fill(SHEET.toLowerCase());
    await page.getByRole("radio", { name: new RegExp(`^${SHEET}`) }).check();
    await page.getByLabel("Reporting country").selectOption("ME");
    await page.getByLabel("Reference period").fill("2026-06");
    const load = page.getByRole("button", { name: "Load", exact: true });
    expect(await load.isDisabled()).toBe(true);

    release();
    await page.getByRole("button", { name: "Validate now" }).waitFor(WAIT);
    await load.click();
    await page.getByText("Ready to submit").waitFor(WAIT);
    expect(await page.getByText("Preparing the checks…").count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it("opens in Office's dark theme and follows Office back to light while open", async () => {
    const { page, pageErrors } = await session.open({
      beforeFakeOffice: (p) =>
        p.addInitScript(() => {
          const options = { officeTheme: "dark", officeThemeChangedEvent: true };
          (window as unknown as { __fakeExcelOptions: unknown }).__fakeExcelOptions = options;
        }),
    });
    /** Runs in the page: is the pane's background dark (perceived brightness below half)? */
    const paneIsDark = (dark: boolean) => {
      const main = document.querySelector("main");
      const colour = main?.parentElement && getComputedStyle(main.parentElement).backgroundColor;
      const [r, g, b] = (colour ?? "").match(/\d+/g)?.map(Number) ?? [];
      return r !== undefined && (r * 299 + g * 587 + b * 114) / 1000 < 128 === dark;
    };
    await page.waitForFunction(paneIsDark, true, WAIT);
    await excel(page, `host.setOfficeTheme("light")`);
    await page.waitForFunction(paneIsDark, false, WAIT);
    expect(pageErrors).toEqual([]);
  });

  it("opens light when Office is dark but the dark theme cannot be fetched", async () => {
    const { page, pageErrors } = await session.open({
      beforeFakeOffice: (p) =>
        p.addInitScript(() => {
          const options = { officeTheme: "dark" };
          (window as unknown as { __fakeExcelOptions: unknown }).__fakeExcelOptions = options;
        }),
    });
    let refused = 0;
    // Registered last, so it runs before the session's own route.
    await page.route(/\/dark-theme\.[0-9a-f]+\.js$/, (route) => {
      refused++;
      return route.abort();
    });
    await page.reload();
    await page.getByRole("radio", { name: new RegExp(`^${SHEET}`) }).waitFor(WAIT);
    expect(refused).toBe(1);
    expect(pageErrors).toEqual([]);
  });

  it("says it is starting while its code has not run, never a blank pane", async () => {
    const { page } = await openPane();
    await page.route(/\/taskpane\.[0-9a-f]+\.js$/, (route) => route.abort());
    await page.reload();
    expect(await page.locator("#root").textContent()).toMatch(/Starting WB-MIDEX/);
  });

  it("says so when its engine cannot be fetched, and still shows the catalogue", async () => {
    const { page } = await openPane();
    await page.route(/\/engine\.[0-9a-f]+\.js$/, (route) => route.abort());
    await page.reload();
    await page.getByText(/could not load its checks/).waitFor(WAIT);
    await page.getByRole("radio", { name: new RegExp(`^${SHEET}`) }).waitFor(WAIT);
    expect(await page.getByText("Preparing the checks…").count()).toBe(0);
  });

  it("loads a template, lists a wrong figure, goes to it, and submits once it is fixed", async () => {
    const { page, pageErrors } = await openPane();
    await loadTemplate(page, "ME");
    expect(await excel(page, `host.sheetNames()`)).toEqual(["Sheet1", SHEET, "midex-meta"]);

    await fillFigures(page);
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
    await loadFromCatalogue(page, MONTHLY_PACKAGE);
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

  it("keeps findings right through typing, a 2,000-cell paste, fill down and row changes", async () => {
    const { page, pageErrors } = await openPane();
    await loadPackage(page);
    const submit = page.getByRole("button", { name: "Submit", exact: true });
    await enterExchange(page);

    await excel(page, `host.user.edit("${SHEET}", "E20", -3)`);
    await waitForNegatives(page, ["E20"]);
    expect(await submit.isDisabled()).toBe(true);

    const block = Array.from({ length: 21 }, (_, i) => row(96, i === 5 ? 10 : -1, -7));
    expect(block.length * block[0].length).toBeGreaterThanOrEqual(2_000);
    await excel(page, `host.user.edit("${SHEET}", "C40", ${JSON.stringify(block)})`);
    await waitForNegatives(page, ["E20", "M45"]);
    await excel(
      page,
      `host.user.edit("${SHEET}", "C40", ${JSON.stringify(block.map(() => row(96)))})`
    );
    await waitForNegatives(page, ["E20"]);

    await excel(page, `host.user.edit("${SHEET}", "C30", [${JSON.stringify(row(96, 1, -2))}])`);
    await excel(page, `host.user.fill("${SHEET}", "C30:CT30", "C31:CT33")`);
    await waitForNegatives(page, ["D30", "D31", "D32", "D33", "E20"]);
    await excel(page, `host.user.edit("${SHEET}", "D30", 0)`);
    await excel(page, `host.user.fill("${SHEET}", "C30:CT30", "C31:CT33")`);
    await waitForNegatives(page, ["E20"]);

    await excel(page, `host.user.unprotect("${SHEET}")`);
    await excel(page, `host.user.insertRows("${SHEET}", 25)`);
    await excel(page, `host.user.edit("${SHEET}", "A25", [["KI", "Kiribati"]])`);
    await excel(page, `host.user.edit("${SHEET}", "D25", -1)`);
    await waitForNegatives(page, ["D25", "E20"]);
    await excel(page, `host.user.deleteRows("${SHEET}", 25)`);
    await waitForNegatives(page, ["E20"]);

    await excel(page, `host.user.edit("${SHEET}", "E20", 0)`);
    await page.getByText("Ready to submit").waitFor(WAIT);
    await waitForNegatives(page, []);
    expect(await submit.isDisabled()).toBe(false);
    expect(pageErrors).toEqual([]);
  });

  it("shows the selected cell's finding, filters the list, and passes axe with findings", async () => {
    const { page, pageErrors } = await openPane();
    await loadPackage(page);
    await excel(page, `host.user.edit("${SHEET}", "C20", [${JSON.stringify(row(96))}])`);
    await excel(page, `host.user.edit("${SHEET}", "E20", -3)`);
    await excel(page, `host.user.edit("${SHEET}", "C21", [${JSON.stringify(row(96, 0, 5))}])`);
    await waitForNegatives(page, ["E20"]);

    await excel(page, `host.user.select("${SHEET}", "E20")`);
    const selectedFinding = page.getByTestId("selected-finding");
    await selectedFinding.getByText(/negative number/).waitFor(WAIT);
    expect(await selectedFinding.textContent()).toContain(`${SHEET}!E20`);
    await excel(page, `host.user.select("${SHEET}", "A1")`);
    await selectedFinding.getByText(/negative number/).waitFor({ ...WAIT, state: "detached" });

    expect(await axeProblems(page)).toEqual([]);

    const show = page.getByLabel("Show");
    await show.focus();
    await show.selectOption("warning");
    expect(await negativeCells(page)).toEqual([]);
    await show.selectOption("");
    await page.getByLabel("Rule").selectOption("figure-value");
    expect(await negativeCells(page)).toEqual(["E20"]);
    const listed = page.getByRole("region", { name: "Findings" }).getByRole("button");
    expect(await listed.count()).toBe(1);
    await page.getByLabel("Rule").selectOption("");
    expect(await listed.count()).toBeGreaterThan(1);
    expect(pageErrors).toEqual([]);

    await page.screenshot({ path: "/tmp/pane-findings.png", fullPage: true });
  });

  it("shows progress while Excel is slow to answer, and hides it when the work is done", async () => {
    const { page, pageErrors } = await openPane();
    await page.getByText("No template loaded").waitFor(WAIT);
    await page.getByRole("button", { name: "Validate now" }).waitFor(WAIT);
    await page.waitForFunction(
      () => !document.querySelector('[data-testid="progress"]'),
      undefined,
      WAIT
    );

    await excel(page, `host.holdSyncs()`);
    await page.getByRole("button", { name: "Validate now" }).click();
    const progress = page.getByTestId("progress");
    await progress.waitFor(WAIT);
    expect(await progress.textContent()).toMatch(/Checking every sheet/);
    expect(
      await page
        .getByRole("status")
        .filter({ hasText: /Checking/ })
        .count()
    ).toBe(1);
    await excel(page, `host.releaseSyncs()`);

    await progress.waitFor({ ...WAIT, state: "detached" });
    expect(pageErrors).toEqual([]);
  });

  it("shows the exchange's refusal plainly when the token is for another country", async () => {
    const { page, pageErrors } = await openPane();
    await loadTemplate(page, "AL");
    await fillFigures(page);
    await enterExchange(page);

    await page.getByRole("button", { name: "Submit", exact: true }).click();

    const refusal = page.getByTestId("refusal");
    await refusal.waitFor(WAIT);
    expect(await refusal.textContent()).toMatch(/only submit data for ME.*for AL/);
    expect(await page.getByTestId("receipt").count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
