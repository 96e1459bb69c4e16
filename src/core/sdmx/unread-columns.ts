/**
 * The columns of an SDMX-CSV file that the reader does not take anything from. A file may carry
 * attributes we have no place for, and SDMX-CSV allows that, but a column read by nobody loses
 * what it holds without a word: the reader names them so whoever imports can say so.
 */
export interface UnreadColumn {
  /** The column's name as the header writes it. */
  name: string;
  /** Its place in the header, from 1. */
  index: number;
  /** Some line has a value in it. */
  filled: boolean;
  /** Its name suggests the comments (COMMENT_OBS) under another name, such as OBS_COMMENT. */
  maybeComments: boolean;
}

/**
 * Columns a reader may skip without losing anything about the figures: SDMX-CSV 2.0's kind of
 * structure ("dataflow") and the date Eurostat's downloads add of the dataset's last update.
 */
const SKIPPED = new Set(["STRUCTURE", "LAST UPDATE"]);

const COMMENT_LIKE = /COMM?ENT|KOMENT|REMARK|NOTE|JUSTIF/i;

/**
 * The header's columns that are neither read (`read`, indices into the header) nor skippable.
 * A column without a name or a value (a separator at the end of every line) is no column.
 */
export function unreadColumns(
  header: string[],
  read: number[],
  rows: { fields: string[] }[]
): UnreadColumn[] {
  const taken = new Set(read);
  return header.flatMap((name, i) => {
    if (taken.has(i) || SKIPPED.has(name.toUpperCase())) return [];
    const filled = rows.some((row) => (row.fields[i] ?? "").trim() !== "");
    if (name === "" && !filled) return [];
    return [{ name, index: i + 1, filled, maybeComments: COMMENT_LIKE.test(name) }];
  });
}
