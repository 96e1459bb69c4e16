/** Excel's limit on a worksheet name. */
const MAX_LENGTH = 31;

/**
 * The template id when no sheet has it yet, else "ID (2)", "ID (3)", … Excel compares sheet names
 * without regard to case, and so does this.
 */
export function uniqueSheetName(wanted: string, taken: string[]): string {
  const used = new Set(taken.map((name) => name.toLowerCase()));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const name = wanted.slice(0, MAX_LENGTH - suffix.length) + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}
