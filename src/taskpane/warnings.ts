import {
  commentProblem,
  Finding,
  GivenJustification,
  keyText,
  MAX_COMMENT_LENGTH,
  normaliseComment,
  SavedJustification,
} from "../core";
import { Text, textIn } from "./i18n/pane-text";

/** One warning the official must justify, with a stable id for its text box. */
export interface WarningToJustify {
  id: string;
  finding: Finding;
}

/** Texts typed so far, by warning id. */
export type JustificationTexts = Record<string, string>;

/** A warning is named by its rule and its cell's codes: stable across edits and reloads. */
export function warningId(ruleId: string, key: Record<string, string>): string {
  return `${ruleId}@${keyText(key)}`;
}

/**
 * The warnings of a sheet that need a justification: those about one figure. A warning about the
 * sheet as a whole has no observation to carry a comment and needs none (the exchange agrees).
 */
export function warningsToJustify(findings: Finding[]): WarningToJustify[] {
  const seen = new Set<string>();
  return findings.flatMap((finding) => {
    if (finding.severity !== "warning" || !finding.key) return [];
    const id = warningId(finding.ruleId, finding.key);
    if (seen.has(id)) return [];
    seen.add(id);
    return [{ id, finding }];
  });
}

/** What is wrong with a justification, in the pane's words, or undefined when it may be sent. */
export function justificationProblem(
  text: string | undefined,
  t: Text = textIn("en")
): string | undefined {
  if (normaliseComment(text) === undefined) return t("submit.justificationMissing");
  const trimmed = text!.trim();
  if (commentProblem(trimmed) === undefined) return undefined;
  const length = [...trimmed].length;
  if (length > MAX_COMMENT_LENGTH) {
    return t("submit.justificationTooLong", { count: length, max: MAX_COMMENT_LENGTH });
  }
  // A published CSV opened in a spreadsheet would run such a text as a formula.
  if (/^[=+\-@]/.test(trimmed)) return t("submit.justificationFormula");
  return t("submit.justificationOneLine");
}

export function unjustifiedCount(warnings: WarningToJustify[], texts: JustificationTexts): number {
  return warnings.filter((w) => justificationProblem(texts[w.id]) !== undefined).length;
}

export function givenJustifications(
  warnings: WarningToJustify[],
  texts: JustificationTexts
): GivenJustification[] {
  return warnings.flatMap((w) => {
    const text = normaliseComment(texts[w.id]);
    return text === undefined ? [] : [{ ruleId: w.finding.ruleId, key: w.finding.key, text }];
  });
}

/** The texts kept in the workbook for a sheet, as the pane's text boxes hold them. */
export function textsFromSaved(saved: SavedJustification[], sheet: string): JustificationTexts {
  return Object.fromEntries(
    saved.filter((j) => j.sheet === sheet).map((j) => [`${j.ruleId}@${j.key}`, j.text])
  );
}

/** The pane's texts for a sheet, as the workbook keeps them (blank ones left out). */
export function savedFromTexts(texts: JustificationTexts): Omit<SavedJustification, "sheet">[] {
  return Object.entries(texts).flatMap(([id, text]) => {
    const at = id.indexOf("@");
    if (at < 0 || !normaliseComment(text)) return [];
    return [{ ruleId: id.slice(0, at), key: id.slice(at + 1), text }];
  });
}
