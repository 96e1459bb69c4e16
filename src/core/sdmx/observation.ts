import { DimensionKey } from "../layout/sheet-layout";

/**
 * One SDMX observation: its full key (every dimension of the dataset, geo included), its period,
 * and its value; a missing value carries the status M ("not available").
 */
export interface Observation {
  key: DimensionKey;
  period: string;
  value: number | null;
  /** SDMX OBS_STATUS: A = normal value, M = missing. */
  status: string;
  /** Eurostat's dissemination flag (OBS_FLAG), kept when importing Eurostat's own files. */
  flag?: string;
  /**
   * SDMX COMMENT_OBS: free text about this observation; here, the justification of a warning on
   * it. One line, at most MAX_COMMENT_LENGTH characters (see comment.ts).
   */
  comment?: string;
  /** Line of the source file, for messages. */
  line?: number;
}

export const STATUS_NORMAL = "A";
export const STATUS_MISSING = "M";
