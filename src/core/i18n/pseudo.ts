import { changeOutsideKept } from "./kept-spans";

/**
 * The pseudo-locale: English with accented letters and about 40 % more length, as German or
 * Albanian often need, so a layout that clips or overflows shows it in the browser tests while
 * every word stays readable. Brackets show where each string starts and ends.
 */
const ACCENTED: Record<string, string> = {
  a: "á",
  e: "ë",
  i: "ï",
  o: "ö",
  u: "ü",
  c: "ç",
  n: "ñ",
  y: "ý",
  s: "š",
  z: "ž",
  A: "Å",
  E: "É",
  I: "Î",
  O: "Ø",
  U: "Û",
  C: "Ç",
  N: "Ñ",
  Y: "Ý",
  S: "Š",
  Z: "Ž",
};

export function pseudoText(text: string): string {
  // Placeholders ({name}), cell addresses and codes are left alone so the text still works.
  const accented = changeOutsideKept(text, (free) =>
    free.replace(/\{[^}]*\}|[A-Z]+[0-9]+|[A-Z_]{2,}|[A-Za-z]/g, (m) =>
      m.length === 1 ? (ACCENTED[m] ?? m) : m
    )
  );
  const padding = "·".repeat(Math.ceil(text.length * 0.4));
  return `[${accented}${padding}]`;
}
