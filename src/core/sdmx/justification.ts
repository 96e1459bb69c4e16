import { Finding } from "../findings";
import { DimensionKey, keyString } from "../layout/sheet-layout";
import { Template } from "../templates/schema";
import { normaliseComment } from "./comment";
import { Observation } from "./observation";

/** A warning with the justification the official gave for it (the observation's comment). */
export type JustifiedFinding = Finding & { justification: string };

export interface Justifications {
  justified: JustifiedFinding[];
  /** Warnings about an observation that carries no comment: they block a submission. */
  unjustified: Finding[];
  /**
   * Warnings about the sheet as a whole (no observation, e.g. an outdated template version):
   * no observation can carry their comment, so they are reported but need no justification.
   */
  sheetWide: Finding[];
}

/**
 * The full key of the observation a finding is about: the finding names the cell's row and
 * column codes, the template adds its fixed codes and the reporting country.
 */
export function observationKeyOf(
  template: Template,
  country: string,
  finding: Pick<Finding, "key">
): DimensionKey | undefined {
  if (!finding.key) return undefined;
  const key: DimensionKey = {};
  for (const dim of template.dimensions) {
    if (dim.role === "fixed") key[dim.id] = dim.value!;
    else if (dim.role === "reportingCountry") key[dim.id] = country;
    else if (finding.key[dim.id] !== undefined) key[dim.id] = finding.key[dim.id];
    else return undefined;
  }
  return key;
}

function dimensionIds(template: Template): string[] {
  return template.dimensions.map((d) => d.id);
}

/**
 * Pairs every warning with the comment of the observation it is about. Errors are left out:
 * a submission with an error is refused whatever its comments say.
 */
export function justify(
  template: Template,
  country: string,
  findings: Finding[],
  observations: Observation[]
): Justifications {
  const dims = dimensionIds(template);
  const comments = new Map<string, string>();
  for (const o of observations) {
    const comment = normaliseComment(o.comment);
    if (comment !== undefined) comments.set(keyString(o.key, dims), comment);
  }
  const result: Justifications = { justified: [], unjustified: [], sheetWide: [] };
  for (const finding of findings) {
    if (finding.severity !== "warning") continue;
    const key = observationKeyOf(template, country, finding);
    if (!key) {
      result.sheetWide.push(finding);
      continue;
    }
    const justification = comments.get(keyString(key, dims));
    if (justification === undefined) result.unjustified.push(finding);
    else result.justified.push({ ...finding, justification });
  }
  return result;
}

/**
 * Copies comments onto observations with the same key (the canonical observations rebuilt from
 * a sheet carry none), leaving observations without a comment unchanged.
 */
export function withComments(
  template: Template,
  observations: Observation[],
  commented: Iterable<{ key: DimensionKey; comment?: string }>
): Observation[] {
  const dims = dimensionIds(template);
  const comments = new Map<string, string>();
  for (const o of commented) {
    const comment = normaliseComment(o.comment);
    if (comment !== undefined) comments.set(keyString(o.key, dims), comment);
  }
  return observations.map((o) => {
    const comment = comments.get(keyString(o.key, dims));
    return comment === undefined ? o : { ...o, comment };
  });
}

/** A justification as an official gives it: for a rule's warning at a cell or an observation. */
export interface GivenJustification {
  ruleId: string;
  /** The warned cell (A1, as the finding names it), or … */
  address?: string;
  /** … the warned observation's row and column codes. */
  key?: DimensionKey;
  text: string;
}

/** Whether a given justification is meant for this finding: same rule, and its cell or key. */
export function justifies(given: GivenJustification, finding: Finding): boolean {
  if (given.ruleId !== finding.ruleId) return false;
  if (given.address !== undefined && given.address.toUpperCase() === finding.address) return true;
  if (given.key === undefined || finding.key === undefined) return false;
  const key = finding.key;
  return Object.entries(key).every(([dim, code]) => given.key![dim] === code);
}

/**
 * Writes the given justifications into the comments of the observations their warnings are
 * about; the texts of several warnings on one observation are joined, in the findings' order.
 * Returns the observations to send and the warnings still without a justification.
 */
export function applyJustifications(
  template: Template,
  country: string,
  observations: Observation[],
  findings: Finding[],
  given: GivenJustification[]
): { observations: Observation[]; unjustified: Finding[] } {
  const dims = dimensionIds(template);
  const texts = new Map<string, string[]>();
  const unjustified: Finding[] = [];
  for (const finding of findings) {
    if (finding.severity !== "warning") continue;
    const key = observationKeyOf(template, country, finding);
    if (!key) continue;
    const text = normaliseComment(given.find((g) => justifies(g, finding))?.text);
    if (text === undefined) {
      unjustified.push(finding);
      continue;
    }
    const id = keyString(key, dims);
    const list = texts.get(id) ?? [];
    if (!list.includes(text)) list.push(text);
    texts.set(id, list);
  }
  const commented = [...texts].map(([id, list]) => ({
    key: Object.fromEntries(id.split("|").map((code, i) => [dims[i], code])),
    comment: list.join(" / "),
  }));
  return { observations: withComments(template, observations, commented), unjustified };
}

/**
 * The given justifications that are meant for no warning about an observation of the sheet (a
 * mistyped rule or cell): they would be dropped without a word, so the caller names them.
 */
export function unmatchedJustifications<G extends GivenJustification>(
  template: Template,
  country: string,
  findings: Finding[],
  given: G[]
): G[] {
  const warned = findings.filter(
    (f) => f.severity === "warning" && observationKeyOf(template, country, f) !== undefined
  );
  return given.filter((g) => !warned.some((f) => justifies(g, f)));
}
