import { Template } from "../templates/schema";
import { csvLine } from "./csv-text";
import { Observation, STATUS_MISSING } from "./observation";

export const SDMX_CSV_MEDIA_TYPE = "application/vnd.sdmx.data+csv; version=2.0.0";

function sortKey(template: Template, o: Observation): string {
  return [...template.dimensions.map((d) => o.key[d.id] ?? ""), o.period].join("\u0000");
}

/**
 * Writes SDMX-CSV 2.0 in its canonical form: comma-separated, LF line ends, columns in the
 * dataset's dimension order, rows sorted by key. Equal data always give equal bytes, so the
 * SHA-256 of this text identifies a submission's content.
 */
export function writeSdmxCsv(template: Template, observations: Observation[]): string {
  const dims = template.dimensions.map((d) => d.id);
  const header = [
    "STRUCTURE",
    "STRUCTURE_ID",
    "ACTION",
    ...dims,
    "TIME_PERIOD",
    "OBS_VALUE",
    "OBS_STATUS",
  ];
  const sorted = [...observations].sort((a, b) =>
    sortKey(template, a) < sortKey(template, b) ? -1 : 1
  );
  const lines = sorted.map((o) =>
    csvLine([
      "dataflow",
      template.structureId,
      "I",
      ...dims.map((d) => o.key[d] ?? ""),
      o.period,
      o.value === null ? "" : String(o.value),
      o.value === null ? STATUS_MISSING : o.status,
    ])
  );
  return [csvLine(header), ...lines].join("\n") + "\n";
}
