import { checkStamps, readSheet, buildSheetContent, getTemplate, SheetStamp } from "../../src/core";
import { render, stampFromGrid, stampFromXml, stampToGrid, stampToXml } from "../../src/core";
import { MessageId } from "../../src/core/messages/catalogue";

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

  test("a sheet retyped against both records is an error at the retyped cell", () => {
    const made = { ...stamp, country: "RS" };
    const [retyped] = checkStamps([sheet], [made], [made]);
    expect(retyped).toMatchObject({
      ruleId: "workbook-stamp",
      severity: "error",
      messageId: "stamp.mismatch",
      address: "B3",
      params: { field: "country", recorded: "RS", found: "ME", cell: "B3" },
    });
    expect(retyped.message).toBe(
      'Sheet "ASYAPPCTZM": the reporting country in B3 is "ME", but the sheet was made for ' +
        '"RS". Type "RS" back into B3. For other data, copy the figures into a sheet made for ' +
        "them with the add-in or midex template."
    );
    const [onlyRecord] = checkStamps([sheet], undefined, [made]);
    expect(onlyRecord).toMatchObject({ severity: "error", messageId: "stamp.mismatch" });
  });

  test("a record changed outside Excel, the other agreeing with the sheet, is an error", () => {
    const [changed] = checkStamps([sheet], [stamp], [{ ...stamp, templateVersion: "0.9.0" }]);
    expect(changed).toMatchObject({
      severity: "error",
      messageId: "stamp.recordChanged",
      address: "B2",
      params: { field: "templateVersion", recorded: "0.9.0", found: template.version },
    });
    expect(changed.message).toContain('one says the template version "0.9.0"');
  });

  test("a record lost on saving, the other agreeing with the sheet, is only a warning", () => {
    for (const [xml, grid] of [
      [undefined, [stamp]],
      [[], [stamp]],
      [[stamp], undefined],
    ] as const) {
      const found = checkStamps([sheet], xml && [...xml], grid && [...grid]);
      expect(found).toEqual([
        expect.objectContaining({
          ruleId: "workbook-stamp",
          severity: "warning",
          messageId: "stamp.recordLost",
          sheet: "ASYAPPCTZM",
        }),
      ]);
    }
    const [lost] = checkStamps([sheet], undefined, [stamp]);
    expect(lost.message).toContain("a program other than Excel saves the workbook");
    expect(lost.message).toContain("the figures can be checked and submitted as they are");
    expect(lost.message).not.toMatch(/XML|load it again/i);
  });

  test("a sheet neither record knows, in a stamped workbook, is an error", () => {
    const renamed = readSheet(buildSheetContent(template, "ME", "2026-06").grid, "Applications");
    const [unknown] = checkStamps([renamed], [stamp], [stamp]);
    expect(unknown).toMatchObject({
      severity: "error",
      messageId: "stamp.unrecorded",
      sheet: "Applications",
    });
    expect(unknown.message).toContain("give it back its earlier name");
  });

  test("every language words each stamp finding, without the English", () => {
    const params = { sheet: "S", field: "country", recorded: "RS", found: "ME", cell: "B3" };
    const ids = ["stamp.mismatch", "stamp.recordChanged", "stamp.recordLost", "stamp.unrecorded"];
    for (const language of ["sq", "sr-Latn", "sr-Cyrl", "mk", "bs", "cnr"]) {
      for (const id of ids) {
        const english = render(id as MessageId, params, "en");
        const text = render(id as MessageId, params, language);
        expect(text).not.toBe(english);
        expect(text).not.toContain("undefined");
      }
    }
    expect(render("stamp.mismatch", params, "sr-Cyrl")).toContain("B3");
    expect(render("stamp.recordLost", params, "sr-Cyrl")).toContain("Excel");
  });
});
