import { Page } from "playwright-core";
import { LANGUAGE_NAMES } from "../../src/core/i18n";
import { axeProblems } from "./support/axe";
import { fakeOfficeScript, writeWarnedPane } from "./support/i18n-pages";
import { describeIfChromium, excel, PaneSession, startPaneSession } from "./support/pane-session";

const WAIT = { timeout: 15_000 };

const describeInBrowser = describeIfChromium("pane language browser test");

/** Words (not codes, ids or names of languages) that a translation must change. */
function isSentence(text: string): boolean {
  if (/^(WB-MIDEX|[A-Z0-9_, ]+|[\d-]+)$/.test(text)) return false;
  return !Object.values(LANGUAGE_NAMES).includes(text) && /\p{Ll}{3}/u.test(text);
}

/**
 * Strings of components that other parts of the work convert in a later step (the summary
 * badge, the findings list, the submit panel); this list shrinks to nothing as they do.
 */
const OTHER_COMPONENTS: string[] = [];

/** Every text the pane shows, one entry per element that holds text of its own. */
function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const parent = node.parentElement;
      if (!text || !parent || parent.closest("script, noscript, option")) continue;
      if (parent.getClientRects().length === 0) continue;
      texts.push(text);
    }
    return texts;
  });
}

/** Elements whose content is wider than their box: text cut off or pushed out of the pane. */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const boxes = document.querySelectorAll(
      "main, header, section, form, label, button, h1, h2, h3, [role=radiogroup], [role=group]"
    );
    for (const box of [document.documentElement, ...boxes]) {
      const element = box as HTMLElement;
      // Scrolling boxes (the catalogue list) scroll on purpose; only sideways overflow counts.
      if (element.scrollWidth > element.clientWidth + 1) {
        const name = element.getAttribute("aria-label") ?? element.textContent?.slice(0, 40);
        found.push(
          `${element.tagName.toLowerCase()} "${name}": ${element.scrollWidth}px in ${element.clientWidth}px`
        );
      }
    }
    return found;
  });
}

describeInBrowser("the pane's languages in Chromium, with the fake Excel", () => {
  let session: PaneSession;

  beforeAll(async () => {
    session = await startPaneSession("i18n", fakeOfficeScript());
    writeWarnedPane(session.paneDir);
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  /** A pane `width` px wide; Office reports `officeLanguage`; storage may hold a choice already. */
  async function openPane(options: {
    officeLanguage?: string;
    stored?: string;
    width?: number;
    page?: string;
  }) {
    const opened = await session.open({
      path: options.page,
      width: options.width,
      beforeFakeOffice: (page) =>
        page.addInitScript(
          ({ officeLanguage, stored }) => {
            (window as unknown as { __officeLanguage?: string }).__officeLanguage = officeLanguage;
            // Only on the first load: a reload must find what the pane stored itself.
            if (stored && !localStorage.getItem("midex.language")) {
              localStorage.setItem("midex.language", stored);
            }
          },
          { officeLanguage: options.officeLanguage ?? "en-US", stored: options.stored }
        ),
    });
    await opened.page.locator("main").waitFor(WAIT);
    return opened;
  }

  it("opens in Office's language and switches every visible string with the picker", async () => {
    const { page, pageErrors, context } = await openPane({ officeLanguage: "en-US" });
    await page.getByRole("radio", { name: /^ASYAPPCTZM/ }).waitFor(WAIT);
    const english = await visibleTexts(page);

    await page.getByLabel("Language").selectOption("sr-Latn");
    await page.getByText("Novi listovi").waitFor(WAIT);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("sr-Latn");
    const serbian = await visibleTexts(page);
    const unchanged = serbian.filter((text) => english.includes(text) && isSentence(text));
    expect(unchanged.filter((text) => !OTHER_COMPONENTS.includes(text))).toEqual([]);

    await page.getByLabel("Jezik").selectOption("mk");
    await page.getByText("Нови листови").waitFor(WAIT);
    const macedonian = (await visibleTexts(page)).join("\n");
    expect(macedonian).toContain("Баратели на азил");
    expect(macedonian).toContain("Месечно: меѓународна заштита (чл. 4)");
    expect(macedonian).not.toMatch(/New sheets|Reporting country|Search the catalogue/);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it("opens in the language Office reports, e.g. sr-Cyrl-RS", async () => {
    const { page, context } = await openPane({ officeLanguage: "sr-Cyrl-RS" });
    await page.getByText("Нови листови").waitFor(WAIT);
    await page.getByRole("button", { name: "Учитај", exact: true }).waitFor(WAIT);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("sr-Cyrl");
    expect(await axeProblems(page)).toEqual([]);
    await context.close();
  });

  it("remembers the language picked, over Office's", async () => {
    const { page, context } = await openPane({ officeLanguage: "en-US", stored: "bs" });
    await page.getByText("Novi listovi").waitFor(WAIT);
    await page.getByLabel("Jezik").selectOption("sr-Latn");
    expect(await page.evaluate(() => localStorage.getItem("midex.language"))).toBe("sr-Latn");
    await page.reload();
    await page.getByText("Država izveštavanja").waitFor(WAIT);
    await context.close();
  });

  it("loads a sheet with its labels in the pane's language and the codes unchanged", async () => {
    const { page, context } = await openPane({ officeLanguage: "sr-Cyrl-RS" });
    await page.getByRole("radio", { name: /^ASYAPPCTZM/ }).check();
    await page.getByLabel("Држава извештавања").selectOption("ME");
    await page.getByLabel("Референтни период").fill("2026-06");
    await page.getByRole("button", { name: "Учитај", exact: true }).click();
    await page.waitForFunction(
      () =>
        (window as unknown as { __fakeExcel: { sheetNames(): string[] } }).__fakeExcel
          .sheetNames()
          .includes("ASYAPPCTZM"),
      undefined,
      WAIT
    );
    const [[title]] = await excel<string[][]>(page, `host.values("ASYAPPCTZM", "A1")`);
    const [[template]] = await excel<string[][]>(page, `host.values("ASYAPPCTZM", "B2")`);
    expect(template).toBe("ASYAPPCTZM");
    expect(title).toMatch(/^Тражиоци азила/);
    await context.close();
  });

  it("shows no clipped or overflowing text in the pseudo-locale at 320 px", async () => {
    const { page, pageErrors, context } = await openPane({ stored: "qps", width: 320 });
    await page.getByRole("radio", { name: /^ASYAPPCTZM/ }).waitFor(WAIT);
    const texts = (await visibleTexts(page)).join("\n");
    expect(texts).toMatch(/\[Ñëw šhëëtš·+\]/);
    expect(await overflowing(page)).toEqual([]);

    await page.getByRole("radio", { name: /^ASYAPPCTZM/ }).check();
    await page.getByLabel(/^\[Rëpörtïñg çöüñtrý/).selectOption("ME");
    expect(await overflowing(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it("draws the history chart for a warned cell, with its figures as text", async () => {
    const { page, pageErrors, context } = await openPane({ page: "warned.html" });
    await page.getByRole("radio", { name: /^ASYAPPCTZM/ }).check();
    await page.getByLabel("Reporting country").selectOption("ME");
    await page.getByLabel("Reference period").fill("2026-06");
    await page.getByRole("button", { name: "Load", exact: true }).click();
    await page.getByRole("button", { name: /far above this cell's usual range/ }).waitFor(WAIT);
    expect(await page.getByTestId("history-chart").count()).toBe(0);

    await excel(page, `host.user.select("ASYAPPCTZM", "F14")`);
    const chart = page.getByRole("img", { name: "History of F14" });
    await chart.waitFor(WAIT);
    const description = await page.evaluate(() => document.querySelector("svg desc")?.textContent);
    expect(description).toContain("4,800 for 2026-06");
    expect(description).toContain("Usual range 1,100 to 1,450");
    expect(description).toContain("2025-07: 1,340");
    const box = await chart.boundingBox();
    expect(box!.width).toBeGreaterThan(200);
    expect(box!.width).toBeLessThanOrEqual(350);
    expect(await page.getByRole("table").getByRole("row").count()).toBe(5);
    expect(await axeProblems(page)).toEqual([]);

    await page.getByLabel("Language").selectOption("sr-Latn");
    await page.getByRole("img", { name: "Istorija ćelije F14" }).waitFor(WAIT);
    expect(await page.evaluate(() => document.querySelector("svg desc")?.textContent)).toContain(
      "4.800 za 2026-06"
    );

    await excel(page, `host.user.select("ASYAPPCTZM", "A1")`);
    await chart.waitFor({ state: "detached", ...WAIT });
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
