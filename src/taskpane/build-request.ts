import {
  normalisePeriod,
  SheetData,
  sheetToObservations,
  SubmissionRequest,
  writeSdmxCsv,
} from "../core";

/** What the exchange receives for one sheet: its metadata and its figures as SDMX-CSV. */
export function buildRequest(sheet: SheetData): SubmissionRequest {
  const { template } = sheet;
  return {
    templateId: template.id,
    templateVersion: sheet.templateVersion || template.version,
    country: sheet.country,
    period: normalisePeriod(sheet.period, template.frequency) ?? sheet.period,
    sdmxCsv: writeSdmxCsv(template, sheetToObservations(sheet)),
  };
}
