import { setImmediate as nextTurn } from "node:timers/promises";
import { Readable } from "node:stream";
import { Receipt, readSdmxCsv, Template } from "../core";

/** Lines turned into JSON between two turns of the event loop. */
const LINES_PER_TURN = 500;

/** One published observation as JSON; `comment` is its COMMENT_OBS when it has one. */
export interface PublishedObservation {
  key: Record<string, string>;
  period: string;
  value: number | null;
  status: string;
  comment?: string;
}

/**
 * The JSON form of stored canonical SDMX-CSV, read a slice of lines at a time with a turn of the
 * event loop between slices, so a large cube never holds the server up for other requests, and
 * sent as it is produced. The stored text is canonical (one observation per line, comments
 * without line breaks), so slicing it at line ends keeps every record whole.
 */
async function* publishedJson(template: Template, receipt: Receipt, csv: string) {
  const [header, ...lines] = csv.trimEnd().split("\n");
  yield `{"receipt":${JSON.stringify(receipt)},"observations":[`;
  for (let start = 0; start < lines.length; start += LINES_PER_TURN) {
    await nextTurn();
    const slice = [header, ...lines.slice(start, start + LINES_PER_TURN)].join("\n");
    const parts = readSdmxCsv(slice, template).observations.map((o) =>
      JSON.stringify({
        key: o.key,
        period: o.period,
        value: o.value,
        status: o.status,
        ...(o.comment === undefined ? {} : { comment: o.comment }),
      })
    );
    yield (start === 0 ? "" : ",") + parts.join(",");
  }
  yield "]}";
}

export function publishedJsonStream(template: Template, receipt: Receipt, csv: string): Readable {
  return Readable.from(publishedJson(template, receipt, csv));
}
