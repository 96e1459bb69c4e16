/**
 * Text between these two private-use characters is a filled-in parameter (a cell address, a code,
 * a figure): derived catalogues (Serbian Cyrillic, the pseudo-locale) change the words around it
 * and leave it as the user typed it.
 */
export const KEEP_START = "\uE000";
export const KEEP_END = "\uE001";

// A span also ends at "…": a long value cut short by the messages' excerpt loses its end marker.
const SPANS = new RegExp(`(${KEEP_START}[^${KEEP_END}…]*(?:${KEEP_END}|…|$))`, "u");
const MARKS = new RegExp(`[${KEEP_START}${KEEP_END}]`, "gu");

/** `change` applied to every part of the text outside the kept spans; markers removed. */
export function changeOutsideKept(text: string, change: (free: string) => string): string {
  return text
    .split(SPANS)
    .map((part) => (part.startsWith(KEEP_START) ? part : change(part)))
    .join("")
    .replace(MARKS, "");
}

/** Parameters with every non-empty string marked as kept; numbers stay numbers for plurals. */
export function markParams(
  params: Record<string, string | number>
): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [
      k,
      typeof v === "string" && v !== "" ? `${KEEP_START}${v}${KEEP_END}` : v,
    ])
  );
}

/** The text without the kept-span markers (to compare a marked parameter with a word). */
export function unmarkedText(text: string): string {
  return text.replace(MARKS, "");
}
