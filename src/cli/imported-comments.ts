import {
  dataCellAddress,
  keyString,
  keyText,
  normaliseComment,
  Observation,
  Placement,
  SavedJustification,
  SheetData,
  validateSheet,
} from "../core";
import { SheetJustification } from "../workbook";

export interface ImportedComments {
  /** What the workbook keeps: one justification per comment and warning it may answer. */
  justifications: SheetJustification[];
  /** The cells whose comment is kept. */
  kept: string[];
  /** The cells whose comment answers no warning the template can raise, so it is not kept. */
  notKept: string[];
  /** The cells whose comment takes the place of another justification saved in the workbook. */
  replaced: string[];
}

/** The sheet as it will be saved: its figures with the imported ones written in. */
function filledSheet(sheet: SheetData, placements: Placement[]): SheetData {
  const values = sheet.values.map((row) => [...row]);
  for (const p of placements) values[p.row][p.col] = p.value;
  return { ...sheet, values };
}

/**
 * The data's comments (COMMENT_OBS) as justifications, kept where the add-in and `midex submit`
 * look for them. The workbook keeps a justification per warning (rule and cell), a comment per
 * observation, so a comment is kept for each warning it may answer: those the sheet's own rules
 * find on its cell once the figures are in, and the plausibility warning, which only the
 * exchange's history can raise and so cannot be looked for here. `placed` are the observations
 * that reached the sheet, `placements` their cells and the others'; `saved` the sheet's
 * justifications already in the workbook (typed in the add-in, say), which a comment replaces.
 */
export function importedComments(
  sheet: SheetData,
  placements: Placement[],
  placed: Observation[],
  saved: SavedJustification[] = []
): ImportedComments {
  const result: ImportedComments = { justifications: [], kept: [], notKept: [], replaced: [] };
  const commented = placed.filter((o) => normaliseComment(o.comment) !== undefined);
  if (commented.length === 0) return result;

  const { layout, template } = sheet;
  const rows = new Map(layout.rowKeys.map((k, i) => [keyString(k, layout.rowDims), i]));
  const cols = new Map(layout.colKeys.map((k, i) => [keyString(k, layout.colDims), i]));
  const warned = new Map<string, Set<string>>();
  for (const f of validateSheet(filledSheet(sheet, placements))) {
    if (f.severity !== "warning" || !f.key) continue;
    const key = keyText(f.key);
    warned.set(key, (warned.get(key) ?? new Set()).add(f.ruleId));
  }
  const plausibility = template.rules
    .filter((r) => r.kind === "plausibility" && r.severity === "warning")
    .map((r) => r.id);

  const cells = commented.map((observation) => ({
    row: rows.get(keyString(observation.key, layout.rowDims))!,
    col: cols.get(keyString(observation.key, layout.colDims))!,
    text: normaliseComment(observation.comment)!,
  }));
  // In the sheet's reading order, row by row, as a person looks the cells up.
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  for (const { row, col, text } of cells) {
    const key = keyText({ ...layout.rowKeys[row], ...layout.colKeys[col] });
    const address = dataCellAddress(sheet, row, col);
    const rules = new Set([...(warned.get(key) ?? []), ...plausibility]);
    if (rules.size === 0) {
      result.notKept.push(address);
      continue;
    }
    result.justifications.push(...[...rules].map((ruleId) => ({ ruleId, key, text })));
    result.kept.push(address);
    const other = (j: SavedJustification) =>
      j.key === key && rules.has(j.ruleId) && j.text.trim() !== text;
    if (saved.some(other)) result.replaced.push(address);
  }
  return result;
}
