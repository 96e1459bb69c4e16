import {
  allTemplates,
  describeKey,
  Finding,
  findTemplate,
  justify,
  normalisePeriod,
  Observation,
  periodExample,
  readSdmxCsv,
  sheetToObservations,
  SubmissionRequest,
  summarise,
  Template,
  UserError,
  validateForSubmission,
  withComments,
  writeSdmxCsv,
} from "../core";
import { placeData } from "./data-sheet";
import { HttpError } from "./http-error";
import { CheckContext, crossTableFindings, NO_CONTEXT, periodSumWarnings } from "./related-checks";

/** How many offending lines a refusal lists before it says "and N more". */
const LISTED = 10;

/** Plain data, so that a worker thread can send it back to the event loop. */
export interface CheckedSubmission {
  templateId: string;
  /** The canonical SDMX-CSV 2.0 text of the data as placed on the template's sheet. */
  canonicalCsv: string;
  observations: number;
  /**
   * Warnings only (a submission with an error is refused), each warning about an observation
   * with its justification, the comment that observation carries.
   */
  findings: StoredFinding[];
}

/** A stored warning: justified, unless it is about the sheet as a whole. */
export type StoredFinding = Finding & { justification?: string };

function listed(items: string[]): string {
  const shown = items.slice(0, LISTED).join("; ");
  return items.length > LISTED ? `${shown}; and ${items.length - LISTED} more` : shown;
}

function lineOf(observation: Observation): string {
  return observation.line === undefined ? "a line" : `line ${observation.line}`;
}

function templateOf(request: SubmissionRequest): Template {
  const template = findTemplate(request.templateId);
  if (!template) {
    const known = allTemplates()
      .map((t) => t.id)
      .join(", ");
    throw new HttpError(400, `There is no template "${request.templateId}" (known: ${known}).`);
  }
  return template;
}

function parse(request: SubmissionRequest, template: Template): Observation[] {
  let parsed;
  try {
    parsed = readSdmxCsv(request.sdmxCsv, template);
  } catch (error) {
    if (error instanceof UserError) throw new HttpError(422, error.message);
    throw error;
  }
  if (parsed.problems.length > 0) {
    const problems = parsed.problems.map((p) => p.message);
    throw new HttpError(422, `The SDMX-CSV has unreadable lines: ${listed(problems)}.`);
  }
  return parsed.observations;
}

/** Every observation must be of the country and period the request claims. */
function checkKeys(request: SubmissionRequest, template: Template, observations: Observation[]) {
  const period = normalisePeriod(request.period, template.frequency);
  if (!period) {
    throw new HttpError(
      422,
      `The period "${request.period}" does not fit template ${template.id}; ` +
        `write it like ${periodExample(template.frequency)}.`
    );
  }
  const geo = template.dimensions.find((d) => d.role === "reportingCountry")!.id;
  const wrong = observations.flatMap((o) => {
    if (o.key[geo] !== request.country) {
      return [`${lineOf(o)} has ${geo} ${o.key[geo]}, not ${request.country}`];
    }
    return o.period !== period ? [`${lineOf(o)} has period ${o.period}, not ${period}`] : [];
  });
  if (wrong.length > 0) {
    throw new HttpError(
      422,
      `The data is not all for ${request.country} ${period}: ${listed(wrong)}.`
    );
  }
}

/**
 * The exchange cannot tell a row the official never had on the sheet from one left wholly blank
 * (the data has no line for either), so only blanks within the rows sent are incomplete.
 */
function withinSentRows(findings: Finding[]): Finding[] {
  return findings.filter((f) => f.messageId !== "complete.blankRow");
}

/** The observations of the accepted earlier periods, for the plausibility warnings. */
function historyOf(template: Template, accepted: string[]): Observation[] {
  return accepted.flatMap((csv) => readSdmxCsv(csv, template).observations);
}

/** "cell C14: <message without its full stop>"; the message names the cell's labels. */
function unjustifiedItem(finding: Finding): string {
  const message = finding.message.replace(/\.$/, "");
  return finding.address ? `cell ${finding.address}: ${message}` : message;
}

/**
 * A warning must be explained before the data is accepted: the official writes why the figure
 * is right anyway, and the text travels as the observation's COMMENT_OBS.
 */
function unjustifiedRefusal(unjustified: Finding[]): HttpError {
  const count = unjustified.length;
  const noun = count === 1 ? "warning has" : "warnings have";
  const items = unjustified.map(unjustifiedItem);
  return new HttpError(
    422,
    `${count} ${noun} no justification; nothing was stored. Explain each in the observation's ` +
      `comment (COMMENT_OBS) and submit again: ${listed(items)}.`,
    {
      findings: unjustified,
      unjustified: unjustified.map((f) => ({
        ruleId: f.ruleId,
        message: f.message,
        address: f.address ?? null,
        key: f.key ?? null,
      })),
    }
  );
}

/**
 * The errors against a related table are listed in the refusal itself, since the add-in cannot
 * show the other table's cell: each message names both tables and cells.
 */
function errorRefusal(findings: Finding[], crossTable: Finding[]): HttpError {
  const { errors } = summarise(findings);
  const noun = errors === 1 ? "error" : "errors";
  const crossErrors = crossTable.filter((f) => f.severity === "error");
  const messages = crossErrors.map((f) => f.message.replace(/\.$/, ""));
  const against =
    crossErrors.length === 0
      ? ""
      : ` Against the accepted data of a related table: ${listed(messages)}. If the accepted ` +
        "table is the one that is wrong, submit its correction first.";
  return new HttpError(422, `The data has ${errors} ${noun}; nothing was stored.${against}`, {
    findings,
  });
}

/**
 * Re-checks a submission with the same core the add-in used: the SDMX-CSV must parse, every
 * observation must land on a cell of the template's sheet (laid out as in data-sheet.ts, so
 * that findings name the cells a submitter's sheet usually has, and always their key), and the
 * sheet must pass every rule with no error (blank cells of the rows sent included), also
 * against the accepted data of related tables and periods in `context`; every warning about an
 * observation must be justified by its comment. Refusals are thrown as HttpError; nothing here
 * touches the store.
 */
export function checkSubmission(
  request: SubmissionRequest,
  context: CheckContext = NO_CONTEXT
): CheckedSubmission {
  const template = templateOf(request);
  const observations = parse(request, template);
  checkKeys(request, template, observations);

  const { sheet, unplaced } = placeData(template, request.country, request.period, observations);
  // The version the add-in wrote is kept, so an outdated template shows as the core's warning.
  sheet.templateVersion = request.templateVersion;
  if (unplaced.length > 0) {
    const reasons = unplaced.map(
      (u) => `${lineOf(u.observation)} (${describeKey(u.observation)}): ${u.reason}`
    );
    throw new HttpError(422, `Some observations have no cell on the template: ${listed(reasons)}.`);
  }

  const history = historyOf(template, context.history);
  const crossTable = crossTableFindings(sheet, context.partners);
  const findings = [
    ...withinSentRows(validateForSubmission(template, sheet, { history })),
    ...crossTable,
    ...periodSumWarnings(sheet, context.parts),
  ];
  if (summarise(findings).errors > 0) throw errorRefusal(findings, crossTable);
  const canonical = withComments(template, sheetToObservations(sheet), observations);
  const { justified, unjustified, sheetWide } = justify(
    template,
    request.country,
    findings,
    canonical
  );
  if (unjustified.length > 0) throw unjustifiedRefusal(unjustified);
  return {
    templateId: template.id,
    canonicalCsv: writeSdmxCsv(template, canonical),
    observations: canonical.length,
    findings: [...justified, ...sheetWide],
  };
}
