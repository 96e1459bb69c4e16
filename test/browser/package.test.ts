import { dataCellAddress, emptySheet, getTemplate, sheetTitle } from "../../src/core";
import { fakeExcelScript } from "./support/build";
import {
  describeIfChromium,
  excel,
  loadFromCatalogue,
  MONTHLY_PACKAGE,
  PaneSession,
  selectionIs,
  startPaneSession,
} from "./support/pane-session";

const WAIT = { timeout: 15_000 };
const APPLICANTS = "ASYAPPCTZM";
const MINORS = "ASYUMACTM";

const describeInBrowser = describeIfChromium("package browser test");

/** The cell of a freshly loaded package sheet that holds the figure for `key`. */
function cellOf(templateId: string, key: Record<string, string>): string {
  const sheet = emptySheet(getTemplate(templateId), "ME", "2026-06", "common");
  const { layout } = sheet;
  const row = layout.rowKeys.findIndex((k) => layout.rowDims.every((d) => k[d] === key[d]));
  const col = layout.colKeys.findIndex((k) => layout.colDims.every((d) => k[d] === key[d]));
  if (row < 0 || col < 0) throw new Error(`${templateId} has no cell for ${JSON.stringify(key)}`);
  return dataCellAddress(sheet, row, col);
}

/** Runs in the page: does the cover's status for the sheet match the pattern? */
function coverStatusIs(expected: { sheet: string; pattern: string }): boolean {
  type Host = { values(sheet: string, address: string): unknown[][] };
  const host = (window as unknown as { __fakeExcel: Host }).__fakeExcel;
  const entry = host.values("Cover", "A7:E30").find((row) => row[0] === expected.sheet);
  return entry !== undefined && new RegExp(expected.pattern).test(String(entry[4]));
}

describeInBrowser("findings between the tables of a package, in Chromium", () => {
  let session: PaneSession;

  beforeAll(async () => {
    session = await startPaneSession("package", fakeExcelScript());
  }, 120_000);

  afterAll(async () => {
    await session?.close();
  });

  /** A narrow pane with the fake Excel in place of Office.js and no way off the machine. */
  const openPane = () => session.open();

  it("lists minors above applicants under the minors' sheet and on the cover, in the pane's language, until fixed", async () => {
    const { page, pageErrors } = await openPane();
    await loadFromCatalogue(page, MONTHLY_PACKAGE);
    await page.getByText("Ready to submit").waitFor(WAIT);
    const names = await excel<string[]>(page, `host.sheetNames()`);
    expect(names).toEqual(expect.arrayContaining([APPLICANTS, MINORS]));

    const key = { citizen: "SY", sex: "F", applicant: "FRST", age: "Y14-17" };
    const applied = cellOf(APPLICANTS, key);
    const minors = cellOf(MINORS, key);
    await excel(page, `host.user.edit("${APPLICANTS}", "${applied}", 3)`);
    await excel(page, `host.user.edit("${MINORS}", "${minors}", 5)`);

    const minorsSheet = page.getByRole("region", { name: `Sheet ${MINORS}` });
    const finding = minorsSheet.getByRole("button", { name: /unaccompanied minors who applied/ });
    await finding.waitFor(WAIT);
    const text = (await finding.textContent()) ?? "";
    expect(text).toContain(`sheet "${MINORS}" ${minors}`);
    expect(text).toContain(`sheet "${APPLICANTS}" ${applied}`);
    const applicantsSheet = page.getByRole("region", { name: `Sheet ${APPLICANTS}` });
    expect(await applicantsSheet.getByText(/unaccompanied minors who applied/).count()).toBe(0);
    await page.getByText(/^Ready to submit/).waitFor({ ...WAIT, state: "detached" });

    await page.waitForFunction(coverStatusIs, { sheet: MINORS, pattern: "^\\d+ errors?$" }, WAIT);
    await page.getByLabel("Language").selectOption("sq");
    await page.waitForFunction(coverStatusIs, { sheet: MINORS, pattern: "^\\d+ gabime?$" }, WAIT);
    await page.getByLabel("Gjuha").selectOption("en");

    await finding.click();
    await page.waitForFunction(selectionIs, { sheet: MINORS, address: minors }, WAIT);

    await excel(page, `host.user.edit("${MINORS}", "${minors}", 3)`);
    await finding.waitFor({ ...WAIT, state: "detached" });
    expect(await page.getByText(/unaccompanied minors who applied/).count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it("loads the package's sheets in the language picked in the pane", async () => {
    const { page, pageErrors } = await openPane();
    await page.getByLabel("Language").selectOption("mk");
    await page.getByRole("radio", { name: /^Месечно: меѓународна заштита/ }).check();
    await page.getByLabel("Земја што известува").selectOption("ME");
    await page.getByLabel("Референтен период").fill("2026-06");
    await page.getByRole("button", { name: "Вчитај", exact: true }).click();
    await page.getByRole("region", { name: `Лист ${MINORS}` }).waitFor(WAIT);

    const [[title]] = await excel<string[][]>(page, `host.values("${MINORS}", "A1")`);
    expect(title).toBe(sheetTitle(getTemplate(MINORS), "mk"));
    expect(title).not.toBe(sheetTitle(getTemplate(MINORS), "en"));
    expect(pageErrors).toEqual([]);
  });
});
