import { checkStamps, readSheet, buildSheetContent, getTemplate, SheetStamp } from "../../src/core";
import { stampFromGrid, stampFromXml, stampToGrid, stampToXml } from "../../src/core";

const template = getTemplate("ASYAPPCTZM");
const sheet = readSheet(buildSheetContent(template, "ME", "2026-06").grid, "ASYAPPCTZM");
const stamp: SheetStamp = {
  sheet: "ASYAPPCTZM",
  templateId: "ASYAPPCTZM",
  templateVersion: template.version,
  country: "ME",
  period: "2026-06",
};

describe("workbook stamps", () => {
  test("round-trip through the custom XML part and the hidden sheet, special characters included", () => {
    const odd = { ...stamp, sheet: `Data <"&'> 2026` };
    expect(stampFromXml(stampToXml([stamp, odd]))).toEqual([stamp, odd]);
    expect(stampFromGrid(stampToGrid([stamp, odd]))).toEqual([stamp, odd]);
    expect(stampFromXml("<not xml")).toEqual([]);
  });

  test("agreeing stamps give no finding, a workbook without stamps is accepted", () => {
    expect(checkStamps([sheet], [stamp], [stamp])).toEqual([]);
    expect(checkStamps([sheet], undefined, undefined)).toEqual([]);
  });

  test("a disagreement between the two places, or with the sheet, is an error", () => {
    const [between] = checkStamps([sheet], [stamp], [{ ...stamp, templateVersion: "0.9.0" }]);
    expect(between).toMatchObject({ ruleId: "workbook-stamp", severity: "error" });
    expect(between.message).toContain('"0.9.0"');
    const [withSheet] = checkStamps(
      [sheet],
      [{ ...stamp, country: "RS" }],
      [{ ...stamp, country: "RS" }]
    );
    expect(withSheet.params).toMatchObject({ field: "country", recorded: "RS", found: "ME" });
    const [missing] = checkStamps([sheet], [stamp], []);
    expect(missing.messageId).toBe("stamp.missing");
  });
});
