import { DimensionKey } from "./layout/sheet-layout";
import { MessageId } from "./messages/catalogue";
import { Severity } from "./templates/schema";
import { CellValue } from "./values";

/** One cell that a finding's rule read. */
export interface InvolvedCell {
  /** The cell's sheet, when a finding involves cells of more than one sheet. */
  sheet?: string;
  address: string;
  key: DimensionKey;
  value: CellValue;
}

/**
 * A rule's result, as data. The sentence shown to a person is rendered from `messageId` and
 * `params` in the person's language; `message` holds the English rendering for logs and the CLI.
 */
export interface Finding {
  ruleId: string;
  severity: Severity;
  messageId: MessageId;
  params: Record<string, string | number>;
  message: string;
  sheet?: string;
  /** The cell the finding is about (A1, on its sheet). */
  address?: string;
  key?: DimensionKey;
  actual?: CellValue;
  expected?: number;
  involved?: InvolvedCell[];
  /** Present when the sheet holds published (rounded) figures and rounding can explain the gap. */
  rounding?: { base: number; maxDifference: number };
  /**
   * For a plausibility warning: the cell's earlier figures the band was computed from, oldest
   * first, and the band itself, so the pane can draw them next to the figure.
   */
  history?: FindingHistory;
}

export interface FindingHistory {
  points: { period: string; value: number }[];
  low: number;
  high: number;
}

export interface FindingSummary {
  errors: number;
  warnings: number;
}

export function summarise(findings: Finding[]): FindingSummary {
  const errors = findings.filter((f) => f.severity === "error").length;
  return { errors, warnings: findings.length - errors };
}
