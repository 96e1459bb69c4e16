import { Frequency } from "./templates/schema";

const PATTERNS: Record<Frequency, RegExp> = {
  M: /^(\d{4})-(0[1-9]|1[0-2])$/,
  Q: /^(\d{4})-Q([1-4])$/,
  A: /^(\d{4})$/,
};

const EXAMPLES: Record<Frequency, string> = { M: "2026-06", Q: "2026-Q2", A: "2026" };

/**
 * Accepts a reference period as SDMX writes it (2026-06, 2026-Q2, 2026) or as Eurostat's bulk
 * files and older exports do (2026M06, 2026Q2), and returns the SDMX form, or undefined when the
 * text is not a period of that frequency.
 */
export function normalisePeriod(text: string, frequency: Frequency): string | undefined {
  const trimmed = text.trim().toUpperCase();
  const sdmx = trimmed.replace(/^(\d{4})M(\d{2})$/, "$1-$2").replace(/^(\d{4})-?Q(\d)$/, "$1-Q$2");
  const match = PATTERNS[frequency].exec(sdmx);
  if (!match) return undefined;
  const year = Number(match[1]);
  return year >= 2000 && year <= 2100 ? sdmx : undefined;
}

export function periodExample(frequency: Frequency): string {
  return EXAMPLES[frequency];
}

/** The first day after the reference period, as a UTC date. */
export function periodEnd(period: string, frequency: Frequency): Date {
  const year = Number(period.slice(0, 4));
  if (frequency === "A") return new Date(Date.UTC(year + 1, 0, 1));
  if (frequency === "Q") return new Date(Date.UTC(year, Number(period.slice(6)) * 3, 1));
  return new Date(Date.UTC(year, Number(period.slice(5, 7)), 1));
}

/** The transmission deadline: the last day of the n-th month after the reference period. */
export function deadline(period: string, frequency: Frequency, monthsAfter: number): string {
  const end = periodEnd(period, frequency);
  const due = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + monthsAfter, 0));
  return due.toISOString().slice(0, 10);
}
