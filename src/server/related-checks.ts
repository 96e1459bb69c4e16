import {
  CrossRule,
  crossRules,
  Finding,
  findTemplate,
  getTemplate,
  periodSumFindings,
  periodSumRules,
  readSdmxCsv,
  SheetData,
  Template,
  validatePackage,
} from "../core";
import { placeData } from "./data-sheet";

/**
 * Accepted data of another table, as plain data a worker thread can receive: the related table
 * of the same country and period, or one of the shorter periods the submitted period is made of.
 */
export interface AcceptedTable {
  templateId: string;
  period: string;
  version: number;
  sdmxCsv: string;
}

/** What a submission is compared with besides its own rules, all read from accepted data. */
export interface CheckContext {
  /** The accepted SDMX-CSV of the same template's earlier periods (plausibility). */
  history: string[];
  /** Tables related to the submitted one by a cross-template rule, same country and period. */
  partners: AcceptedTable[];
  /** The shorter periods of the submitted one (the months of a year), for its sum rule. */
  parts: AcceptedTable[];
}

export const NO_CONTEXT: CheckContext = { history: [], partners: [], parts: [] };

const relatesTo = (rule: CrossRule, templateId: string) =>
  rule.part.template === templateId || rule.whole.template === templateId;

/** The templates a cross-template rule relates to `templateId`, each once. */
export function partnerTemplates(templateId: string): string[] {
  const ids = crossRules
    .filter((rule) => relatesTo(rule, templateId))
    .map((rule) => (rule.part.template === templateId ? rule.whole.template : rule.part.template));
  return [...new Set(ids)];
}

/** The template whose accepted periods add up to `templateId`'s, if a sum rule declares one. */
export function partsTemplate(templateId: string): string | undefined {
  return periodSumRules.find((rule) => rule.total === templateId)?.parts;
}

/**
 * The accepted table on its template's sheet, named so that a message says which data it is.
 * An observation with no cell on today's template (accepted under an older version) is left
 * out: it cannot be compared with a cell of the submitted sheet.
 */
function sheetOf(table: AcceptedTable, country: string): SheetData {
  const template = getTemplate(table.templateId);
  const sheet = placedSheet(template, country, table.period, table.sdmxCsv);
  sheet.sheetName = `${template.id}, accepted version ${table.version}`;
  return sheet;
}

/**
 * Stored SDMX-CSV on its template's sheet, laid out as the submitted data is checked on
 * (data-sheet.ts); observations with no cell there are left out.
 */
function placedSheet(template: Template, country: string, period: string, csv: string): SheetData {
  return placeData(template, country, period, readSdmxCsv(csv, template).observations).sheet;
}

/**
 * A finding between two sheets names the part's cell; the exchange keeps findings on the
 * submitted sheet's cells, where a warning's justification (that cell's comment) is looked up.
 * Both cells stay in `involved`, and the message names both tables and cells.
 */
function onSubmittedCell(finding: Finding, submitted: string): Finding {
  const own = finding.involved?.find((cell) => cell.sheet === submitted);
  if (!own) return finding;
  return { ...finding, sheet: own.sheet, address: own.address, key: own.key };
}

/**
 * Two tables of one dataset (EIRTN1 and EIRTN1_AS) must agree, but once both are accepted a
 * correction of either would always be refused against the other's accepted figures, and the
 * pair could never be corrected. Against accepted data such a mismatch is therefore a warning:
 * the submitter justifies it (e.g. "the other table's correction follows") and the reviewer
 * reads it. Inside one workbook the rule stays an error.
 */
function againstAccepted(rule: CrossRule, finding: Finding): Finding {
  return rule.kind === "equal" ? { ...finding, severity: "warning" } : finding;
}

/**
 * The submitted sheet against the accepted data of each related table of the same country and
 * period. Each relation is checked on its pair of sheets only, so every finding has one cell in
 * the submitted sheet and one in the accepted table. The accepted side has passed its own checks
 * and stays as it is, so a broken relation is the new data's to answer for: an error refuses the
 * submission (if the accepted table is the one that is wrong, its correction goes first), and a
 * warning needs the submitted cell's justification. A related table with no accepted data is
 * not compared: there is nothing yet to compare with, and its own submission will be.
 */
export function crossTableFindings(sheet: SheetData, partners: AcceptedTable[]): Finding[] {
  const submitted = sheet.sheetName ?? sheet.template.id;
  return crossRules
    .filter((rule) => relatesTo(rule, sheet.template.id))
    .flatMap((rule) => {
      const other =
        rule.part.template === sheet.template.id ? rule.whole.template : rule.part.template;
      const table = partners.find((p) => p.templateId === other);
      if (!table) return [];
      return validatePackage([sheet, sheetOf(table, sheet.country)], [rule]).map((f) =>
        againstAccepted(rule, onSubmittedCell(f, submitted))
      );
    });
}

/** A stored submission's data, as the check stored it (canonical SDMX-CSV). */
export interface SubmittedTable {
  templateId: string;
  country: string;
  period: string;
  sdmxCsv: string;
}

/**
 * A stored submission against the accepted data of its related tables, as `crossTableFindings`
 * compares a new one; for the reviewer's acceptance, since a related table may have been
 * accepted after this submission was checked. A template no longer in the catalogue, or one
 * with no accepted related table, has nothing to compare.
 */
export function storedCrossTableFindings(
  submitted: SubmittedTable,
  partners: AcceptedTable[]
): Finding[] {
  const template = findTemplate(submitted.templateId);
  if (!template || partners.length === 0) return [];
  const { country, period, sdmxCsv } = submitted;
  return crossTableFindings(placedSheet(template, country, period, sdmxCsv), partners);
}

/**
 * A year against the sum of its accepted months (flows only, as the rules declare): warnings on
 * the year's cells, compared only where every month has been accepted.
 */
export function periodSumWarnings(sheet: SheetData, parts: AcceptedTable[]): Finding[] {
  const partsId = partsTemplate(sheet.template.id);
  if (!partsId || parts.length === 0) return [];
  const template = getTemplate(partsId);
  const observations = parts
    .filter((table) => table.templateId === partsId)
    .flatMap((table) => readSdmxCsv(table.sdmxCsv, template).observations);
  return periodSumFindings(sheet, template, observations);
}
