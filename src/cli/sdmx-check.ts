import {
  describeKey,
  emptySheet,
  Observation,
  ParseProblem,
  placeObservations,
  readSdmxCsv,
  validateSheet,
  ValidationOptions,
} from "../core";
import { ReportedFinding } from "./output";
import { userError } from "../core/errors";

function distinct(values: string[]): string[] {
  return [...new Set(values)].sort();
}

/** A line that could not be read, as a finding worded by the core's catalogue. */
function lineFinding({ line, messageId, params, message }: ParseProblem): ReportedFinding {
  return { ruleId: "sdmx-line", severity: "error", messageId, params, message, line };
}

function unplacedFinding(observation: Observation, reason: string): ReportedFinding {
  const at = observation.line === undefined ? "" : `line ${observation.line}: `;
  return {
    ruleId: "sdmx-unplaced",
    severity: "error",
    messageId: "sdmx.unplaced",
    params: { key: describeKey(observation), reason },
    message: `${at}${describeKey(observation)}: ${reason}.`,
    key: observation.key,
    ...(observation.line === undefined ? {} : { line: observation.line }),
  };
}

/**
 * Checks an SDMX-CSV file as if it had been typed into its template: the observations are put on
 * an empty sheet of the file's reporting country and period, which the template's rules then
 * read. Lines that could not be read and observations without a cell are findings too.
 */
export function checkSdmxCsv(text: string, options: ValidationOptions): ReportedFinding[] {
  const parsed = readSdmxCsv(text);
  const findings: ReportedFinding[] = parsed.problems.map(lineFinding);
  if (parsed.observations.length === 0) return findings;

  const geo = parsed.template.dimensions.find((d) => d.role === "reportingCountry")!;
  const countries = distinct(parsed.observations.map((o) => o.key[geo.id]));
  const periods = distinct(parsed.observations.map((o) => o.period));
  if (countries.length > 1 || periods.length > 1) {
    throw countries.length > 1
      ? userError("mixedCountries", { codes: countries.join(", ") })
      : userError("mixedPeriods", { codes: periods.join(", ") });
  }

  const sheet = emptySheet(parsed.template, countries[0], periods[0]);
  const { placements, unplaced } = placeObservations(sheet, parsed.observations);
  for (const p of placements) sheet.values[p.row][p.col] = p.value;
  findings.push(...validateSheet(sheet, options));
  findings.push(...unplaced.map((u) => unplacedFinding(u.observation, u.reason)));
  return findings;
}
