import { installFakeOffice } from "../fake-excel";
import { addRow, loadTemplate, readSheetReport } from "../../src/excel";
import { Finding, getTemplate, highlightRulesFor, sheetTitle } from "../../src/core";
import { codeLabelIn, Language, LANGUAGES } from "../../src/core/i18n";
import { sheetLanguage } from "../../src/excel/sheet-language";

const SHEET = "ASYAPPCTZM";
const choice = { templateId: SHEET, country: "ME", period: "2026-06" };

async function sheetWithRowFor(code: string) {
  const host = installFakeOffice(globalThis);
  await loadTemplate(choice);
  host.resetCounters();
  const report = await addRow(SHEET, code);
  return { host, report };
}

function findingsOf(report: Awaited<ReturnType<typeof readSheetReport>>): Finding[] {
  return report.kind === "template" ? report.findings : [];
}

describe("adding a row for a citizenship the sheet does not show", () => {
  it("writes the code and its label after the last row, in two syncs", async () => {
    const { host, report } = await sheetWithRowFor("KI");

    expect(host.values(SHEET, "A101:B103")).toEqual([
      ["UNK", "Unknown"],
      ["KI", "Kiribati"],
      ["", ""],
    ]);
    expect(host.cell(SHEET, "A102").numberFormat).toBe("@");
    expect(host.syncCount).toBe(2);
    expect(host.enableEvents).toBe(true);
    expect(report.kind === "template" && report.data.layout.rowKeys.at(-1)).toEqual({
      citizen: "KI",
    });
  });

  it("extends highlighting and figure validation over the new row, replacing the old rules", async () => {
    const { host, report } = await sheetWithRowFor("KI");

    const formats = host.conditionalFormats(SHEET);
    expect(report.kind).toBe("template");
    if (report.kind !== "template") return;
    // One conditional format per rule compiled for the sheet with its new row.
    expect(formats).toHaveLength(highlightRulesFor(report.data).length);
    expect(formats.length).toBeGreaterThanOrEqual(82);
    expect(formats.some((f) => f.range === `${SHEET}!C14:CT102`)).toBe(true);
    expect(formats.some((f) => f.range === `${SHEET}!C14:CT101`)).toBe(false);
    const citizenTotal = formats.find((f) => f.range === `${SHEET}!C14:CT14`);
    expect(citizenTotal?.formula).toContain("$102");
    const figures = host.dataValidations(SHEET).find((v) => v.type === "Custom");
    expect(figures?.range).toBe(`${SHEET}!C14:CT102`);
    expect(host.cell(SHEET, "B3").validationType).toBe("List");
  });

  it("unlocks only the new figure cells and protects the sheet again", async () => {
    const { host } = await sheetWithRowFor("KI");

    expect(host.protection(SHEET).protected).toBe(true);
    expect(host.cell(SHEET, "C102").locked).toBe(false);
    expect(host.cell(SHEET, "CT102").locked).toBe(false);
    expect(host.cell(SHEET, "A102").locked).toBe(true);
    expect(host.cell(SHEET, "C103").locked).toBe(true);
    expect(host.selection()).toEqual({ sheet: SHEET, address: "C102" });
  });

  it("leaves an unprotected sheet unprotected", async () => {
    const host = installFakeOffice(globalThis);
    await loadTemplate(choice);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(SHEET).protection.unprotect();
      await context.sync();
    });

    await addRow(SHEET, "KI");

    expect(host.protection(SHEET).protected).toBe(false);
  });

  it("validates a figure typed in the new row and counts it in the citizenship total", async () => {
    const { host } = await sheetWithRowFor("KI");

    await host.user.edit(SHEET, "C102", 7);
    await host.user.edit(SHEET, "D102", -1);
    const findings = findingsOf(await readSheetReport(SHEET));

    expect(findings).toContainEqual(
      expect.objectContaining({ ruleId: "figure-value", address: "D102", actual: -1 })
    );
    expect(findings).toContainEqual(
      expect.objectContaining({ ruleId: "citizen-total", address: "C14", expected: 7 })
    );
  });

  it("refuses a code already on the sheet and a code outside the list, plainly", async () => {
    installFakeOffice(globalThis);
    await loadTemplate(choice);

    await expect(addRow(SHEET, "ME")).rejects.toThrow(/already has a row for ME/);
    await expect(addRow(SHEET, "XX")).rejects.toThrow(/not a code of/);
  });

  it("keeps a code typed twice by hand a finding", async () => {
    await sheetWithRowFor("KI");

    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(SHEET);
      sheet.protection.unprotect();
      sheet.getRange("A102").values = [["ME"]];
      await context.sync();
    });
    const findings = findingsOf(await readSheetReport(SHEET));

    expect(findings).toContainEqual(
      expect.objectContaining({ ruleId: "known-codes", address: "A102" })
    );
  });
});

describe("the language of an added row's label", () => {
  async function sheetIn(language: Language) {
    const host = installFakeOffice(globalThis);
    await loadTemplate({ ...choice, language });
    return host;
  }

  it("follows the language the sheet was made in, whatever the pane's", async () => {
    const host = await sheetIn("mk");

    await addRow(SHEET, "KI", "en");

    const label = codeLabelIn("mk", "geo", "KI");
    expect(label).not.toBe("Kiribati");
    expect(host.values(SHEET, "A102:B102")).toEqual([["KI", label]]);
  });

  it("takes the pane's language when the sheet's title names no language", async () => {
    const host = await sheetIn("en");
    host.seed(SHEET, "A1", "Applicants, our own title");

    await addRow(SHEET, "KI", "sq");

    expect(host.values(SHEET, "A102:B102")).toEqual([["KI", codeLabelIn("sq", "geo", "KI")]]);
  });

  it("reads the language from the title, preferring the pane's where titles are alike", () => {
    const template = getTemplate(SHEET);
    const grid = (title: string) => [[title]];
    expect(sheetLanguage(grid(sheetTitle(template, "mk")), template, "en")).toBe("mk");
    expect(sheetLanguage(grid(sheetTitle(template, "en")), template, "sq")).toBe("en");
    expect(sheetLanguage(grid("Something else"), template, "bs")).toBe("bs");
    const shared = LANGUAGES.filter(
      (l) => l !== "bs" && sheetTitle(template, l) === sheetTitle(template, "bs")
    );
    for (const other of shared) {
      expect(sheetLanguage(grid(sheetTitle(template, "bs")), template, other)).toBe(other);
    }
  });
});
