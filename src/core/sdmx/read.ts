import { codeLists } from "../codelists/registry";
import { userError } from "../errors";
import { render } from "../messages/catalogue";
import { excerpt } from "../messages/en";
import type { MessageId } from "../messages/message-store";
import { normalisePeriod, periodExample } from "../periods";
import { allTemplates } from "../templates/catalogue";
import { Template } from "../templates/schema";
import { COMMENT_COLUMN, commentFault, normaliseComment } from "./comment";
import { CsvQuotingError, parseCsv } from "./csv-text";
import { sdmxHeaderStart } from "./header";
import { Observation, STATUS_MISSING, STATUS_NORMAL } from "./observation";
import { UnreadColumn, unreadColumns } from "./unread-columns";

/**
 * A line that could not be read, as data: the message and its parameters (the line among them),
 * rendered in the reader's language; `message` is the English one, for logs and the exchange.
 */
export interface ParseProblem {
  line: number;
  messageId: MessageId;
  params: Record<string, string | number>;
  message: string;
}

export interface ParsedSdmx {
  /** "2.0" for SDMX-CSV 2.0; "1.0" for Eurostat's dissemination SDMX-CSV. */
  format: "2.0" | "1.0";
  structureId: string;
  template: Template;
  observations: Observation[];
  problems: ParseProblem[];
  /** Columns of the file that nothing was read from, for the importer to name. */
  unreadColumns: UnreadColumn[];
}

const NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;

/** A frequency as the messages put it before "period" (see meta.period). */
const FREQUENCY_WORD = { M: "a monthly", Q: "a quarterly", A: "an annual" } as const;

const CSV_FAULT_ERROR = {
  quoteNotClosed: "csvQuoteNotClosed",
  textAfterQuote: "csvTextAfterQuote",
} as const;

/** "ESTAT:MIGR_EIPRE$DEFAULTVIEW(1.0)" → "MIGR_EIPRE". */
function datasetOf(structureId: string): string {
  const match = /^[^:]+:([A-Za-z0-9_]+)/.exec(structureId.trim());
  return match ? match[1].toUpperCase() : "";
}

/** The templates that carry a dataset; a large dataset may be split over several templates. */
function templatesFor(structureId: string, expected?: Template): Template[] {
  const dataset = datasetOf(structureId);
  const candidates = allTemplates().filter((t) => t.dataset === dataset);
  if (candidates.length === 0) {
    const known = allTemplates()
      .map((t) => t.structureId)
      .join(", ");
    throw userError("unknownStructure", { structure: excerpt(structureId), known });
  }
  const agency = structureId.trim().split(":")[0].toUpperCase();
  const expectedAgency = candidates[0].structureId.split(":")[0];
  if (agency !== expectedAgency) {
    throw userError("otherAgency", {
      structure: excerpt(structureId),
      agency: excerpt(agency),
      expected: expectedAgency,
      example: candidates[0].structureId,
    });
  }
  if (!expected) return candidates;
  if (!candidates.includes(expected)) {
    throw userError("otherDataset", { dataset, template: expected.id });
  }
  return [expected];
}

/** Of the templates sharing a dataset, the first whose fixed codes every observation has. */
function bestTemplate(candidates: Template[], observations: Observation[]): Template {
  const fits = (t: Template) =>
    observations.every((o) =>
      t.dimensions.every((d) => d.role !== "fixed" || o.key[d.id] === d.value)
    );
  return candidates.find(fits) ?? candidates[0];
}

/** Maps each header column to a template dimension, including Eurostat's older names. */
function dimensionColumns(template: Template, header: string[]) {
  return template.dimensions.map((dim) => {
    const legacy = codeLists.get(dim.codeList).legacy;
    const index = header.findIndex(
      (h) => h.toLowerCase() === dim.id || (legacy && h.toLowerCase() === legacy.dimension)
    );
    if (index < 0) {
      throw userError("missingColumn", { column: dim.id, label: dim.label });
    }
    const codes = legacy && header[index].toLowerCase() === legacy.dimension ? legacy.codes : {};
    return { dim, index, codes };
  });
}

/**
 * Columns are found by name, so a second column of the same name would be ignored without a
 * word (a second COMMENT_OBS, say, whose text nobody would see checked): refuse the file.
 */
function refuseRepeatedColumns(header: string[]) {
  const seen = new Set<string>();
  for (const [index, name] of header.entries()) {
    const upper = name.toUpperCase();
    if (name !== "" && seen.has(upper)) {
      throw userError("repeatedColumn", { column: excerpt(name), index: index + 1 });
    }
    seen.add(upper);
  }
}

/**
 * Reads SDMX-CSV 2.0 (any separator the standard allows) or the SDMX-CSV 1.0 that Eurostat's
 * dissemination API serves, so Eurostat's own downloads can be imported. Structural problems
 * (not SDMX-CSV, unknown dataset, missing columns) throw a UserError; problems of single lines
 * are returned with their line numbers.
 */
export function readSdmxCsv(text: string, expected?: Template): ParsedSdmx {
  const start = sdmxHeaderStart(text);
  if (!start) throw userError("notSdmx");
  const { format, separator } = start;
  let records;
  try {
    records = parseCsv(text, separator);
  } catch (error) {
    if (!(error instanceof CsvQuotingError)) throw error;
    throw userError(CSV_FAULT_ERROR[error.fault], { line: error.line });
  }
  const [head, ...rows] = records;
  const header = head.fields.map((h) => h.trim());
  refuseRepeatedColumns(header);
  const column = (name: string) => header.findIndex((h) => h.toUpperCase() === name);
  const structureColumn = format === "2.0" ? column("STRUCTURE_ID") : column("DATAFLOW");
  const timeColumn = column("TIME_PERIOD");
  const valueColumn = column("OBS_VALUE");
  if (structureColumn < 0 || timeColumn < 0 || valueColumn < 0) {
    throw userError("sdmxHeader");
  }
  if (rows.length === 0) throw userError("noObservations");
  const structureId = rows[0].fields[structureColumn] ?? "";
  const candidates = templatesFor(structureId, expected);
  const dims = dimensionColumns(candidates[0], header);
  const statusColumn = column("OBS_STATUS");
  const flagColumn = column("OBS_FLAG");
  const commentColumn = column(COMMENT_COLUMN);
  const actionColumn = column("ACTION");
  const read = [structureColumn, timeColumn, valueColumn, statusColumn, flagColumn, commentColumn];
  const unread = unreadColumns(header, [...read, actionColumn, ...dims.map((d) => d.index)], rows);

  const observations: Observation[] = [];
  const problems: ParseProblem[] = [];
  for (const { fields, line } of rows) {
    const problem = (messageId: MessageId, params: Record<string, string | number> = {}) => {
      const withLine = { line, ...params };
      problems.push({ line, messageId, params: withLine, message: render(messageId, withLine) });
    };
    if (fields.length !== header.length) {
      problem("sdmx.fieldCount", { count: fields.length, expected: header.length });
      continue;
    }
    if (datasetOf(fields[structureColumn]) !== candidates[0].dataset) {
      problem("sdmx.otherStructure", { structure: excerpt(fields[structureColumn]) });
      continue;
    }
    if (actionColumn >= 0 && !["", "I", "A", "R"].includes(fields[actionColumn].trim())) {
      problem("sdmx.action", { action: excerpt(fields[actionColumn]) });
      continue;
    }
    const { frequency } = candidates[0];
    const period = normalisePeriod(fields[timeColumn], frequency);
    if (!period) {
      problem("sdmx.period", {
        value: excerpt(fields[timeColumn]),
        frequency: FREQUENCY_WORD[frequency],
        example: periodExample(frequency),
      });
      continue;
    }
    const rawValue = fields[valueColumn].trim();
    if (rawValue !== "" && !NUMBER.test(rawValue)) {
      problem("sdmx.notNumber", { value: excerpt(rawValue) });
      continue;
    }
    // Beyond 2^53 a number cannot be held exactly and would be rounded without a word.
    if (rawValue !== "" && Math.abs(Number(rawValue)) > Number.MAX_SAFE_INTEGER) {
      problem("sdmx.tooLarge", { value: excerpt(rawValue) });
      continue;
    }
    const key: Record<string, string> = {};
    for (const { dim, index, codes } of dims) {
      const code = fields[index].trim();
      key[dim.id] = codes[code] ?? code;
    }
    const value = rawValue === "" ? null : Number(rawValue);
    const status = statusColumn >= 0 ? fields[statusColumn].trim().toUpperCase() : "";
    // The sheet keeps a figure or the "not available" marker, nothing else, so any other
    // status would be lost on the way: refuse it rather than drop it silently.
    if (status !== "" && status !== STATUS_NORMAL && status !== STATUS_MISSING) {
      problem("sdmx.status", { status: status.slice(0, 20) });
      continue;
    }
    if (status === STATUS_MISSING && value !== null) {
      problem("sdmx.missingWithValue", { value: excerpt(rawValue) });
      continue;
    }
    const flag = flagColumn >= 0 ? fields[flagColumn].trim() : "";
    const rawComment = commentColumn >= 0 ? fields[commentColumn] : "";
    const fault = commentFault(rawComment);
    if (fault) {
      problem(fault.messageId, fault.params);
      continue;
    }
    const comment = normaliseComment(rawComment);
    observations.push({
      key,
      period,
      value,
      status: value === null ? STATUS_MISSING : status || STATUS_NORMAL,
      ...(flag ? { flag } : {}),
      ...(comment !== undefined ? { comment } : {}),
      line,
    });
  }
  const template = bestTemplate(candidates, observations);
  return { format, structureId, template, observations, problems, unreadColumns: unread };
}
