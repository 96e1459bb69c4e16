import { UserError } from "../errors";
import { Template } from "../templates/schema";
import { COMMENT_COLUMN, commentProblem, normaliseComment } from "./comment";
import { csvLine } from "./csv-text";
import { Observation, STATUS_MISSING } from "./observation";

export const SDMX_CSV_MEDIA_TYPE = "application/vnd.sdmx.data+csv; version=2.0.0";

function sortKey(template: Template, o: Observation): string {
  return [...template.dimensions.map((d) => o.key[d.id] ?? ""), o.period].join("\u0000");
}

/** The comments to write, normalised, or undefined when no observation has one. */
function commentsOf(template: Template, observations: Observation[]): (string | undefined)[] {
  return observations.map((o) => {
    const problem = commentProblem(o.comment ?? "");
    if (problem) {
      const where = template.dimensions.map((d) => `${d.id}=${o.key[d.id] ?? ""}`).join(", ");
      throw new UserError(`The observation ${where}, ${o.period}: ${problem}.`);
    }
    return normaliseComment(o.comment);
  });
}

/**
 * Writes SDMX-CSV 2.0 in its canonical form: comma-separated, LF line ends, columns in the
 * dataset's dimension order, rows sorted by key. Equal data always give equal bytes, so the
 * SHA-256 of this text identifies a submission's content.
 *
 * The COMMENT_OBS column is written only when some observation has a comment: data without
 * comments keep the bytes, and so the hashes, they had before comments existed, and SDMX-CSV
 * lets a file leave out attribute columns it has no values for.
 */
export function writeSdmxCsv(template: Template, observations: Observation[]): string {
  const dims = template.dimensions.map((d) => d.id);
  const sorted = [...observations].sort((a, b) =>
    sortKey(template, a) < sortKey(template, b) ? -1 : 1
  );
  const comments = commentsOf(template, sorted);
  const withComments = comments.some((c) => c !== undefined);
  const header = [
    "STRUCTURE",
    "STRUCTURE_ID",
    "ACTION",
    ...dims,
    "TIME_PERIOD",
    "OBS_VALUE",
    "OBS_STATUS",
    ...(withComments ? [COMMENT_COLUMN] : []),
  ];
  const lines = sorted.map((o, i) =>
    csvLine([
      "dataflow",
      template.structureId,
      "I",
      ...dims.map((d) => o.key[d] ?? ""),
      o.period,
      o.value === null ? "" : String(o.value),
      o.value === null ? STATUS_MISSING : o.status,
      ...(withComments ? [comments[i] ?? ""] : []),
    ])
  );
  return [csvLine(header), ...lines].join("\n") + "\n";
}
