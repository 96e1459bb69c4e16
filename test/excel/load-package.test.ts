import { installFakeOffice } from "../fake-excel";
import { loadPackage, NOT_STARTED } from "../../src/excel";
import { findPackage, STAMP_NAMESPACE, stampFromGrid, stampFromXml } from "../../src/core";

const choice = { packageId: "monthly-asylum", country: "ME", period: "2026-06" };

describe("loading a reporting package", () => {
  it("adds a cover and one sheet per template, and shows the cover", async () => {
    const host = installFakeOffice(globalThis);
    const { reports } = await loadPackage(choice);

    const ids = findPackage("monthly-asylum")!.templates.map((t) => t.id);
    expect(host.sheetNames()).toEqual(["Sheet1", "Cover", ...ids, "midex-meta"]);
    expect(reports.map((r) => r.kind)).toEqual(["cover", ...ids.map(() => "template")]);
    expect(host.activeSheet()).toBe("Cover");
  });

  it("lists each table on the cover with its deadline, as not started", async () => {
    const host = installFakeOffice(globalThis);
    await loadPackage(choice);

    expect(host.values("Cover", "A1:C4")).toEqual([
      ["Monthly international protection (Art. 4)", "", ""],
      ["Package", "monthly-asylum", ""],
      ["Reporting country", "ME", "Montenegro"],
      ["Reference period", "2026-06", ""],
    ]);
    expect(host.values("Cover", "A6:E7")).toEqual([
      ["Sheet", "Table", "Title", "Deadline", "Status"],
      ["ASYAPPCTZM", "ASYAPPCTZM", expect.any(String), "2026-08-31", NOT_STARTED],
    ]);
    expect(host.protection("Cover").protected).toBe(true);
  });

  it("stamps every template sheet in the custom XML part and in the hidden sheet", async () => {
    const host = installFakeOffice(globalThis);
    await loadPackage(choice);

    const parts = host.customXmlParts().filter((p) => p.namespaceUri === STAMP_NAMESPACE);
    expect(parts).toHaveLength(1);
    const fromXml = stampFromXml(parts[0].xml);
    const ids = findPackage("monthly-asylum")!.templates.map((t) => t.id);
    expect(fromXml.map((s) => s.sheet)).toEqual(ids);
    expect(fromXml[0]).toEqual({
      sheet: "ASYAPPCTZM",
      templateId: "ASYAPPCTZM",
      templateVersion: "1.0.0",
      country: "ME",
      period: "2026-06",
    });
    const fromGrid = stampFromGrid(host.values("midex-meta", `A1:E${ids.length + 1}`));
    expect(fromGrid).toEqual(fromXml);
    expect(host.sheetInfo("midex-meta").visibility).toBe("VeryHidden");
    expect(host.protection("midex-meta").protected).toBe(true);
  });

  it("takes three syncs for the whole package and leaves events on", async () => {
    const host = installFakeOffice(globalThis);
    host.resetCounters();
    await loadPackage(choice);

    expect(host.syncCount).toBe(3);
    expect(host.enableEvents).toBe(true);
    expect(Math.max(...host.requestBytes)).toBeLessThan(5_000_000);
  });

  it("reports the new sheets without findings", async () => {
    installFakeOffice(globalThis);
    const { reports } = await loadPackage(choice);

    for (const report of reports) {
      expect(report.kind === "template" ? report.findings : []).toEqual([]);
    }
  });
});
