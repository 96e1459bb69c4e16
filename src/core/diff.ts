import { keyString } from "./layout/sheet-layout";
import { describeCell } from "./rules/labels";
import { Observation } from "./sdmx/observation";
import { Template } from "./templates/schema";

/** One figure as it was accepted and as it is about to be sent; `null` means "not available". */
export interface FigureChange {
  kind: "changed" | "added" | "removed";
  /** The dimension codes that tell this figure apart on the sheet (rows and columns). */
  key: Record<string, string>;
  /** The same, in words: "Syria, Females, From 14 to 17 years, all applicants". */
  label: string;
  before?: number | null;
  after?: number | null;
}

export interface FigureDiff {
  changed: FigureChange[];
  added: FigureChange[];
  removed: FigureChange[];
}

type Figure = Pick<Observation, "key" | "value">;

/** The dimensions that vary on a sheet; fixed ones and the country are the same for every figure. */
function varyingDimensions(template: Template) {
  return template.dimensions.filter((d) => d.role === "row" || d.role === "column");
}

/** Names a figure as the findings do: "Syria, Females, all ages, all applicants". */
export function figureLabel(template: Template, key: Record<string, string>): string {
  return describeCell(template, key);
}

/**
 * Figure by figure, what differs between the accepted version and what is about to be sent.
 * Figures are matched on the row and column codes only, so the same cells match whatever the
 * fixed parts of the key; a figure changed to or from "not available" counts as changed.
 */
export function diffFigures(template: Template, before: Figure[], after: Figure[]): FigureDiff {
  const dims = varyingDimensions(template).map((d) => d.id);
  const pick = (key: Record<string, string>) =>
    Object.fromEntries(dims.map((d) => [d, key[d] ?? ""]));
  const index = (figures: Figure[]) => new Map(figures.map((f) => [keyString(f.key, dims), f]));
  const was = index(before);
  const now = index(after);
  const change = (
    kind: FigureChange["kind"],
    figure: Figure,
    values: Pick<FigureChange, "before" | "after">
  ): FigureChange => ({
    kind,
    key: pick(figure.key),
    label: figureLabel(template, figure.key),
    ...values,
  });

  const diff: FigureDiff = { changed: [], added: [], removed: [] };
  for (const [id, figure] of now) {
    const earlier = was.get(id);
    if (!earlier) diff.added.push(change("added", figure, { after: figure.value }));
    else if (earlier.value !== figure.value) {
      diff.changed.push(change("changed", figure, { before: earlier.value, after: figure.value }));
    }
  }
  for (const [id, figure] of was) {
    if (!now.has(id)) diff.removed.push(change("removed", figure, { before: figure.value }));
  }
  return diff;
}

export function diffSize(diff: FigureDiff): number {
  return diff.changed.length + diff.added.length + diff.removed.length;
}
