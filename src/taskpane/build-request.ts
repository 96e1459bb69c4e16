import {
  applyJustifications,
  Finding,
  GivenJustification,
  normalisePeriod,
  SheetData,
  sheetToObservations,
  SubmissionRequest,
  writeSdmxCsv,
} from "../core";

/** The warnings of a sheet and what the official wrote for them, to travel with the figures. */
export interface Justified {
  findings: Finding[];
  justifications: GivenJustification[];
}

/**
 * What the exchange receives for one sheet: its metadata and its figures as SDMX-CSV. Each
 * justification goes into the COMMENT_OBS of the observation its warning is about (the warning's
 * cell), so it is stored with the figure it explains.
 */
export function buildRequest(sheet: SheetData, justified?: Justified): SubmissionRequest {
  const { template } = sheet;
  const observations = sheetToObservations(sheet);
  const sent = justified
    ? applyJustifications(
        template,
        sheet.country,
        observations,
        justified.findings,
        justified.justifications
      ).observations
    : observations;
  return {
    templateId: template.id,
    templateVersion: sheet.templateVersion || template.version,
    country: sheet.country,
    period: normalisePeriod(sheet.period, template.frequency) ?? sheet.period,
    sdmxCsv: writeSdmxCsv(template, sent),
  };
}
