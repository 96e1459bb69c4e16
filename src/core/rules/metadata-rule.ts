import { codeLists } from "../codelists/registry";
import { Finding } from "../findings";
import { cellAddress } from "../layout/a1";
import { SheetData } from "../layout/read-sheet";
import { META } from "../layout/sheet-layout";
import { excerpt } from "../messages/en";
import { normalisePeriod, periodExample } from "../periods";
import { Rule } from "../templates/schema";
import { finding } from "./finding-builder";

type MetadataRule = Extract<Rule, { kind: "metadata" }>;

const FREQUENCY_WORD = { M: "a monthly", Q: "a quarterly", A: "an annual" } as const;

/** How the generator writes a template version; the exchange refuses anything else. */
const VERSION = /^\d+\.\d+\.\d+$/;

/** The reporting country is a geo code and the reference period fits the template's frequency. */
export function checkMetadata(sheet: SheetData, rule: MetadataRule): Finding[] {
  const { template } = sheet;
  const findings: Finding[] = [];
  const where = { sheet: sheet.sheetName };
  const geo = template.dimensions.find((d) => d.role === "reportingCountry")!;

  const countryCell = cellAddress(META.countryRow, META.valueCol);
  if (!codeLists.has(geo.codeList, sheet.country)) {
    const params = { address: countryCell, value: excerpt(sheet.country) };
    findings.push(finding(rule, "meta.country", params, { ...where, address: countryCell }));
  }
  const periodCell = cellAddress(META.periodRow, META.valueCol);
  if (!normalisePeriod(sheet.period, template.frequency)) {
    const params = {
      address: periodCell,
      value: excerpt(sheet.period),
      frequency: FREQUENCY_WORD[template.frequency],
      example: periodExample(template.frequency),
    };
    findings.push(finding(rule, "meta.period", params, { ...where, address: periodCell }));
  }
  const address = cellAddress(META.templateRow, META.versionCol);
  if (sheet.templateVersion !== "" && !VERSION.test(sheet.templateVersion)) {
    const params = { address, found: excerpt(sheet.templateVersion), current: template.version };
    findings.push(finding(rule, "meta.templateVersion", params, { ...where, address }));
  } else if (sheet.templateVersion !== template.version) {
    const versionRule = { ...rule, severity: "warning" as const };
    const params = { found: sheet.templateVersion || "(none)", current: template.version };
    findings.push(
      finding(versionRule, "meta.unknownTemplateVersion", params, { ...where, address })
    );
  }
  return findings;
}
