import { buildSheetContent, codeLists, getTemplate, readSheet } from "../../src/core";
import { addableCodes, searchCodes } from "../../src/taskpane/addable-codes";

function sheetOf(templateId: string, rows: "all" | "common") {
  const template = getTemplate(templateId);
  return readSheet(buildSheetContent(template, "ME", "2026", rows).grid, templateId);
}

describe("codes that can be added as rows", () => {
  it("are the citizenships a common-rows sheet does not show", () => {
    const codes = addableCodes(sheetOf("ASYAPPCTZM", "common"))!.map((c) => c.code);

    expect(codes).toContain("KI");
    expect(codes).not.toContain("ME");
    expect(codes.length).toBe(
      codeLists.get("citizen").codes.length - codeLists.get("citizen").common!.length
    );
  });

  it("are none on a sheet that already has every code", () => {
    expect(addableCodes(sheetOf("ASYAPPCTZM", "all"))).toBeUndefined();
  });

  it("are none on a sheet whose rows carry two codes", () => {
    expect(addableCodes(sheetOf("DUBDI", "common"))).toBeUndefined();
  });
});

describe("searching the code list", () => {
  const codes = codeLists.get("citizen").codes;

  it("matches codes and labels, ignoring case, best matches first", () => {
    const found = searchCodes(codes, "kiri").map((c) => c.code);

    expect(found).toEqual(["KI"]);
    expect(searchCodes(codes, "de")[0].code).toBe("DE");
  });

  it("returns everything for an empty search", () => {
    expect(searchCodes(codes, " ")).toHaveLength(codes.length);
  });
});
