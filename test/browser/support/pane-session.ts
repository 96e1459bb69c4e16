import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Browser, BrowserContext, chromium, Page } from "playwright-core";
import { buildPane } from "./build";
import { serveFolder } from "./static-server";

const CHROMIUM = "/usr/bin/chromium";

/**
 * `describe` where Debian's chromium can run the pane, `describe.skip` (with a line saying why)
 * where it cannot, so that a machine without it still runs every other test.
 */
export function describeIfChromium(what: string): jest.Describe {
  const skipReason =
    process.env.MIDEX_SKIP_BROWSER_TESTS === "1"
      ? "MIDEX_SKIP_BROWSER_TESTS=1"
      : existsSync(CHROMIUM)
        ? undefined
        : `${CHROMIUM} is not installed (apt-get install chromium)`;
  if (skipReason) console.log(`Skipping the ${what}: ${skipReason}`);
  return skipReason ? describe.skip : describe;
}

export interface OpenOptions {
  /** The page of the built folder to open. */
  path?: string;
  /** Pane width in px: 350 is what Excel gives a task pane by default. */
  width?: number;
  height?: number;
  /** A context to share with other pages (its storage outlives a page); else a fresh one. */
  context?: BrowserContext;
  /** Adds init scripts that must run before the fake Office script, on every load. */
  beforeFakeOffice?: (page: Page) => Promise<unknown>;
}

export interface OpenPane {
  page: Page;
  /** Uncaught errors on the page, in order: a test ends by expecting none. */
  pageErrors: string[];
  context: BrowserContext;
}

export interface PaneSession {
  /** A temp folder of the session's own, removed when it closes: the exchange's database goes here. */
  dir: string;
  /** The built pane, served from `origin`; pages written into it later are served too. */
  paneDir: string;
  origin: string;
  newContext(viewport: { width: number; height: number }): Promise<BrowserContext>;
  open(options?: OpenOptions): Promise<OpenPane>;
  close(): Promise<void>;
}

/**
 * Builds the production pane into a temp folder, serves it on 127.0.0.1 and starts chromium.
 * `fakeOffice` is the script that stands in for Office.js in every page.
 */
export async function startPaneSession(name: string, fakeOffice: string): Promise<PaneSession> {
  const dir = mkdtempSync(join(tmpdir(), `midex-${name}-`));
  const paneDir = join(dir, "pane");
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveFolder>> | undefined;
  const close = async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await buildPane(paneDir);
    server = await serveFolder(paneDir);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      // No updates, sync, QUIC or background fetches: nothing may try to leave the machine.
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
  } catch (error) {
    await close();
    throw error;
  }
  const started = browser;
  const origin = server.origin;

  const newContext = (viewport: { width: number; height: number }) =>
    started.newContext({ viewport });

  const open = async (options: OpenOptions = {}): Promise<OpenPane> => {
    const context =
      options.context ??
      (await newContext({ width: options.width ?? 350, height: options.height ?? 1000 }));
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await options.beforeFakeOffice?.(page);
    await page.addInitScript(fakeOffice);
    await page.route("**/*", (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === "appsforoffice.microsoft.com") {
        // Office.js itself: the fake installed by the init script stands in for it.
        return route.fulfill({ contentType: "text/javascript", body: "/* office.js stub */" });
      }
      return url.hostname === "127.0.0.1" ? route.continue() : route.abort();
    });
    await page.goto(`${origin}/${options.path ?? "taskpane.html"}`);
    return { page, pageErrors, context };
  };

  return { dir, paneDir, origin, newContext, open, close };
}

/** Runs a call on the fake Excel inside the page, as the user would act in Excel. */
export function excel<T>(page: Page, script: string): Promise<T> {
  return page.evaluate(`(async (host) => ${script})(window.__fakeExcel)`) as Promise<T>;
}

/** Runs in the page: is the fake Excel's selection this sheet and cell? */
export function selectionIs(expected: { sheet: string; address: string }): boolean {
  const host = (window as unknown as { __fakeExcel: { selection(): unknown } }).__fakeExcel;
  return JSON.stringify(host.selection()) === JSON.stringify(expected);
}

/** The monthly international protection package for ME, June 2026, as the catalogue offers it. */
export const MONTHLY_PACKAGE = {
  search: "monthly international",
  entry: /^Monthly international protection/,
  country: "ME",
  period: "2026-06",
};

/**
 * Picks a catalogue entry in the English pane, the country and the period, and presses Load;
 * the caller waits for what it expects the load to show.
 */
export async function loadFromCatalogue(
  page: Page,
  choice: { search?: string; entry: RegExp; country: string; period: string }
): Promise<void> {
  if (choice.search) await page.getByLabel("Search the catalogue").fill(choice.search);
  await page.getByRole("radio", { name: choice.entry }).check();
  await page.getByLabel("Reporting country").selectOption(choice.country);
  await page.getByLabel("Reference period").fill(choice.period);
  await page.getByRole("button", { name: "Load", exact: true }).click();
}
