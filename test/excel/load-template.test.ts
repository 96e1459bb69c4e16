import { installFakeOffice } from "../fake-excel";
import { loadTemplate } from "../../src/excel";
import { INVALID_FILL, INVALID_FONT } from "../../src/excel/sheet-style";
import { buildSheetContent, getTemplate, highlightRules } from "../../src/core";

const choice = { templateId: "ASYAPPCTZM", country: "ME", period: "2026-06" };

describe("loading a template into the workbook", () => {
  it("starts the sheet with the citizenships a country usually needs, ending with Unknown", async () => {
    const host = installFakeOffice(globalThis);
    await loadTemplate(choice);

    expect(host.values("ASYAPPCTZM", "A100:B102")).toEqual([
      ["STLS", "Stateless"],
      ["UNK", "Unknown"],
      ["", ""],
    ]);
  });

  it("writes the template id, metadata, codes and labels on a new sheet named after the template", async () => {
    const host = installFakeOffice(globalThis);
    const report = await loadTemplate(choice);

    expect(report.kind).toBe("template");
    expect(report.sheet).toBe("ASYAPPCTZM");
    expect(host.sheetNames()).toEqual(["Sheet1", "ASYAPPCTZM", "midex-meta"]);
    expect(host.values("ASYAPPCTZM", "A2:D4")).toEqual([
      ["Template", "ASYAPPCTZM", "Version", "1.0.0"],
      ["Reporting country", "ME", "Montenegro", ""],
      ["Reference period", "2026-06", "", ""],
    ]);
    expect(host.cell("ASYAPPCTZM", "C11").value).toBe("TOTAL");
    expect(host.cell("ASYAPPCTZM", "D12").value).toBe("Less than 14 years");
    expect(host.values("ASYAPPCTZM", "A14:B14")).toEqual([["TOTAL", "Total"]]);
  });

  it("keeps the period and the codes as text, so Excel does not turn 2026-06 into a date", async () => {
    const host = installFakeOffice(globalThis);
    await loadTemplate(choice);

    expect(host.cell("ASYAPPCTZM", "B4").numberFormat).toBe("@");
    expect(host.cell("ASYAPPCTZM", "B3").numberFormat).toBe("@");
    expect(host.cell("ASYAPPCTZM", "A20").numberFormat).toBe("@");
    expect(host.cell("ASYAPPCTZM", "E11").numberFormat).toBe("@");
    expect(host.cell("ASYAPPCTZM", "E20").numberFormat).not.toBe("@");
  });

  it("highlights invalid cells with conditional formats and guards figures with data validation", async () => {
    const host = installFakeOffice(globalThis);
    await loadTemplate(choice);

    const formats = host.conditionalFormats("ASYAPPCTZM");
    const template = getTemplate("ASYAPPCTZM");
    const { layout } = buildSheetContent(template, "ME", "2026-06", "common");
    // One conditional format per compiled rule, however many the rule set compiles.
    expect(formats).toHaveLength(highlightRules(template, layout).length);
    expect(formats.length).toBeGreaterThanOrEqual(82);
    const figureFormat = formats.find((f) => f.range === "ASYAPPCTZM!C14:CT101");
    expect(figureFormat).toMatchObject({ fill: INVALID_FILL, fontColor: INVALID_FONT });
    expect(figureFormat?.formula).toContain("C14<0");
    const validations = host.dataValidations("ASYAPPCTZM");
    const figures = validations.find((v) => v.type === "Custom");
    const country = validations.find((v) => v.type === "List");
    expect(figures?.range).toBe("ASYAPPCTZM!C14:CT101");
    expect(figures?.errorAlert.style).toBe("Stop");
    expect(country?.range).toBe("ASYAPPCTZM!B3");
    expect(JSON.stringify(country?.rule)).toContain("AL,BA,XK,ME,MK,RS");
  });

  it("protects the sheet with only the figures, country and period unlocked", async () => {
    const host = installFakeOffice(globalThis);
    await loadTemplate(choice);

    expect(host.protection("ASYAPPCTZM").protected).toBe(true);
    expect(host.cell("ASYAPPCTZM", "C14").locked).toBe(false);
    expect(host.cell("ASYAPPCTZM", "CT101").locked).toBe(false);
    expect(host.cell("ASYAPPCTZM", "B3").locked).toBe(false);
    expect(host.cell("ASYAPPCTZM", "B4").locked).toBe(false);
    expect(host.cell("ASYAPPCTZM", "B2").locked).toBe(true);
    expect(host.cell("ASYAPPCTZM", "A14").locked).toBe(true);
    await expect(host.user.edit("ASYAPPCTZM", "A14", "XX")).rejects.toThrow();
  });

  it("takes at most three syncs and leaves events switched on", async () => {
    const host = installFakeOffice(globalThis);
    host.resetCounters();
    await loadTemplate(choice);

    expect(host.syncCount).toBeLessThanOrEqual(3);
    expect(host.enableEvents).toBe(true);
  });

  it("adds a second copy under a unique name and goes to its first figure cell", async () => {
    const host = installFakeOffice(globalThis, { sheets: ["asyappctzm"] });
    const report = await loadTemplate(choice);

    expect(report.sheet).toBe("ASYAPPCTZM (2)");
    expect(host.selection()).toEqual({ sheet: "ASYAPPCTZM (2)", address: "C14" });
  });

  it("reports a freshly loaded template without findings", async () => {
    installFakeOffice(globalThis);
    const report = await loadTemplate(choice);

    expect(report.kind === "template" && report.findings).toEqual([]);
  });

  it("turns a failing Excel request into a plain message and switches events back on", async () => {
    const host = installFakeOffice(globalThis);
    failSecondSync(Object.assign(new Error("raw office text"), { code: "AccessDenied" }));

    const loading = loadTemplate(choice);

    await expect(loading).rejects.toThrow(/protected/);
    await expect(loading).rejects.not.toThrow(/raw office text/);
    expect(host.enableEvents).toBe(true);
  });
});

/** Makes the second sync of the next Excel.run fail, after the batch switched events off. */
function failSecondSync(error: Error): void {
  const excel = (globalThis as unknown as { Excel: { run: typeof Excel.run } }).Excel;
  const run = excel.run;
  excel.run = ((options: Excel.RunOptions, batch: (c: Excel.RequestContext) => Promise<unknown>) =>
    run(options, (context) => {
      const sync = context.sync.bind(context);
      let count = 0;
      context.sync = (() => (++count === 2 ? Promise.reject(error) : sync())) as typeof sync;
      return batch(context);
    })) as typeof Excel.run;
}
