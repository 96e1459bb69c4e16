import { installFakeOffice } from "../fake-excel";
import { loadTemplate, readWorkbookReports } from "../../src/excel";
import { Finding, STAMP_NAMESPACE, stampFromXml } from "../../src/core";

const choice = { templateId: "ASYAPPCTZM", country: "ME", period: "2026-06" };

async function stampFindings(): Promise<Finding[]> {
  const reports = await readWorkbookReports();
  return reports.flatMap((r) => (r.kind === "template" ? r.findings : []));
}

async function unprotectedWrite(sheet: string, address: string, value: string) {
  await Excel.run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.protection.unprotect();
    worksheet.getRange(address).values = [[value]];
    await context.sync();
  });
}

describe("the workbook's stamps", () => {
  it("agree with a freshly loaded sheet, so there is no finding", async () => {
    installFakeOffice(globalThis);
    await loadTemplate(choice);

    expect(await stampFindings()).toEqual([]);
  });

  it("keep every sheet when a second template is loaded, in one XML part", async () => {
    const host = installFakeOffice(globalThis);
    await loadTemplate(choice);
    await loadTemplate({ ...choice, templateId: "ASYPENCTZM" });

    const parts = host.customXmlParts().filter((p) => p.namespaceUri === STAMP_NAMESPACE);
    expect(parts).toHaveLength(1);
    expect(stampFromXml(parts[0].xml).map((s) => s.sheet)).toEqual(["ASYAPPCTZM", "ASYPENCTZM"]);
    expect(await stampFindings()).toEqual([]);
  });

  it("turn a country changed on the sheet into an error at its cell, B3", async () => {
    installFakeOffice(globalThis);
    await loadTemplate(choice);
    await unprotectedWrite("ASYAPPCTZM", "B3", "AL");

    expect(await stampFindings()).toContainEqual(
      expect.objectContaining({ ruleId: "workbook-stamp", address: "B3", severity: "error" })
    );
  });

  it("turn an edited hidden stamp sheet into a finding", async () => {
    installFakeOffice(globalThis);
    await loadTemplate(choice);
    await unprotectedWrite("midex-meta", "E2", "2026-07");

    const findings = await stampFindings();
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: "workbook-stamp", sheet: "ASYAPPCTZM" });
  });

  it("only warn about a sheet the XML part does not know, its hidden sheet agreeing", async () => {
    installFakeOffice(globalThis);
    await loadTemplate(choice);
    await Excel.run(async (context) => {
      const parts = context.workbook.customXmlParts.getByNamespace(STAMP_NAMESPACE);
      parts.getOnlyItem().delete();
      await context.sync();
    });

    expect(await stampFindings()).toEqual([
      expect.objectContaining({
        ruleId: "workbook-stamp",
        sheet: "ASYAPPCTZM",
        severity: "warning",
        messageId: "stamp.recordLost",
      }),
    ]);
  });
});
