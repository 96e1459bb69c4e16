import { cellAddress, getTemplate, isEarlierVersion, META, render, SheetData } from "../core";
import { ReportedFinding } from "./output";

/** A sheet made with an earlier template version is read with it; `midex migrate` updates it. */
export function versionFindings(sheet: SheetData): ReportedFinding[] {
  if (!isEarlierVersion(sheet.template)) return [];
  const current = getTemplate(sheet.template.id).version;
  const name = sheet.sheetName ?? sheet.template.id;
  return [
    {
      ruleId: "template-version",
      severity: "warning",
      messageId: "template.earlierVersion",
      params: { sheet: name, version: sheet.template.version, current },
      message: render("template.earlierVersion", {
        sheet: name,
        version: sheet.template.version,
        current,
      }),
      sheet: name,
      address: cellAddress(META.templateRow, META.versionCol),
    },
  ];
}
