import { installFakeOffice } from "../fake-excel";
import { olderApplicants } from "../cli/support/older-template";
import { buildSheetContent, codeLists, readSheet, sheetToObservations } from "../../src/core";
import { loadTemplate, readWorkbookReports } from "../../src/excel";
import { addSheets } from "../../src/excel/add-sheets";
import { migrateWorkbookSheet } from "../../src/excel/migrate-sheet";
import { gridFromA1 } from "../../src/excel/sheet-grid";
import { plannedTemplateSheet } from "../../src/excel/template-sheet";

const choice = { country: "ME", period: "2026-06" };

/** A 0.9.0 sheet with every citizenship, figures on a common row and on a rarer one. */
async function loadOlderSheet(fill: (content: ReturnType<typeof buildSheetContent>) => void) {
  const older = olderApplicants();
  const content = buildSheetContent(older, choice.country, choice.period, "all");
  fill(content);
  await addSheets(() => [plannedTemplateSheet("ASYAPPCTZM", older, content, choice)]);
}

function fillTwoRows(content: ReturnType<typeof buildSheetContent>) {
  const { layout, grid } = content;
  const common = new Set(codeLists.get("citizen").common ?? []);
  const rare = layout.rowKeys.findIndex((k) => !common.has(k.citizen));
  for (const r of [0, rare]) {
    layout.colKeys.forEach((_, c) => {
      grid[layout.firstDataRow + r][layout.firstDataCol + c] = (r * 7 + c) % 50;
    });
  }
}

async function observationsOf(sheet: string): Promise<string[]> {
  const grid = await Excel.run(async (context) => {
    const used = context.workbook.worksheets.getItem(sheet).getUsedRange(true);
    used.load("address,values");
    await context.sync();
    return gridFromA1(used.address, used.values);
  });
  return sheetToObservations(readSheet(grid, sheet))
    .map((o) => `${JSON.stringify(Object.entries(o.key).sort())}=${o.value}`)
    .sort();
}

describe("migrating a sheet made with an earlier template version", () => {
  it("moves every figure onto a new current sheet and keeps the old one renamed", async () => {
    const host = installFakeOffice(globalThis);
    await loadOlderSheet(fillTwoRows);
    const before = await observationsOf("ASYAPPCTZM");

    const result = await migrateWorkbookSheet("ASYAPPCTZM");

    expect(result).toMatchObject({
      kind: "migrated",
      version: "1.0.0",
      oldSheet: "ASYAPPCTZM (old)",
    });
    expect(result.kind === "migrated" && result.moved).toBe(before.length);
    expect(before.length).toBeGreaterThan(0);
    expect(host.sheetNames()).toEqual(
      expect.arrayContaining(["ASYAPPCTZM (old)", "ASYAPPCTZM", "midex-meta"])
    );
    expect(host.values("ASYAPPCTZM", "D2")).toEqual([["1.0.0"]]);
    expect(await observationsOf("ASYAPPCTZM")).toEqual(before);
    expect(await observationsOf("ASYAPPCTZM (old)")).toEqual(before);
  });

  it("leaves the stamps agreeing with both sheets", async () => {
    installFakeOffice(globalThis);
    await loadOlderSheet(fillTwoRows);

    await migrateWorkbookSheet("ASYAPPCTZM");

    const findings = (await readWorkbookReports()).flatMap((r) =>
      r.kind === "template" ? r.findings : []
    );
    expect(findings.filter((f) => f.ruleId === "workbook-stamp")).toEqual([]);
    const onNew = findings.filter((f) => f.sheet === "ASYAPPCTZM");
    expect(onNew.filter((f) => f.ruleId === "sheet-metadata")).toEqual([]);
  });

  it("refuses a sheet that already uses the current version, changing nothing", async () => {
    const host = installFakeOffice(globalThis);
    await loadTemplate({ templateId: "ASYAPPCTZM", ...choice });
    const names = host.sheetNames();

    await expect(migrateWorkbookSheet("ASYAPPCTZM")).rejects.toThrow(/already uses the current/);
    expect(host.sheetNames()).toEqual(names);
  });

  it("refuses a sheet whose version it does not know, since its layout is unknown", async () => {
    const host = installFakeOffice(globalThis);
    await loadTemplate({ templateId: "ASYAPPCTZM", ...choice });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("ASYAPPCTZM");
      sheet.protection.unprotect();
      sheet.getRange("D2").values = [["0.5.0"]];
      await context.sync();
    });
    const names = host.sheetNames();

    await expect(migrateWorkbookSheet("ASYAPPCTZM")).rejects.toThrow(/does not know/);
    expect(host.sheetNames()).toEqual(names);
  });
});
