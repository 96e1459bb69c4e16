import { changeOutsideKept } from "./kept-spans";

/**
 * Serbian is written in two scripts with one spelling, so the Cyrillic text is the Latin text
 * letter for letter (Gaj's Latin alphabet to Vuk's Cyrillic): one source for both, never out of
 * step. Codes, cell addresses and names of programs stay in Latin letters.
 */
const LETTERS: Record<string, string> = {
  a: "а",
  b: "б",
  c: "ц",
  č: "ч",
  ć: "ћ",
  d: "д",
  đ: "ђ",
  e: "е",
  f: "ф",
  g: "г",
  h: "х",
  i: "и",
  j: "ј",
  k: "к",
  l: "л",
  m: "м",
  n: "н",
  o: "о",
  p: "п",
  r: "р",
  s: "с",
  š: "ш",
  t: "т",
  u: "у",
  v: "в",
  z: "з",
  ž: "ж",
};
const DIGRAPHS: Record<string, string> = { lj: "љ", nj: "њ", dž: "џ" };

/** Words kept in Latin letters: names of programs and formats, and codes (all capitals). */
const KEEP = new Set(["Excel", "Office", "midex", "Eurostat"]);
/** Abbreviations that Serbian Cyrillic does write in Cyrillic. */
const ABBREVIATIONS: Record<string, string> = { EU: "ЕУ", UN: "УН", NR: "НР" };

function upper(cyrillic: string, latin: string): string {
  if (latin === latin.toLowerCase()) return cyrillic;
  return cyrillic.toUpperCase();
}

function word(latin: string): string {
  if (KEEP.has(latin)) return latin;
  if (ABBREVIATIONS[latin]) return ABBREVIATIONS[latin];
  // Codes and addresses: all capitals (two or more), or letters mixed with digits or "_".
  if (/^[A-Z][A-Z0-9_]+$/.test(latin) || /\d|_/.test(latin)) return latin;
  let out = "";
  for (let i = 0; i < latin.length; i += 1) {
    const pair = latin.slice(i, i + 2);
    const digraph = DIGRAPHS[pair.toLowerCase()];
    if (digraph) {
      out += upper(digraph, pair[0]);
      i += 1;
      continue;
    }
    const letter = LETTERS[latin[i].toLowerCase()];
    out += letter ? upper(letter, latin[i]) : latin[i];
  }
  return out;
}

/** Serbian Latin text in Cyrillic letters; filled-in parameters (kept spans) are left alone. */
export function toCyrillic(text: string): string {
  return changeOutsideKept(text, (free) => free.replace(/[A-Za-zČčĆćĐđŠšŽž0-9_]+/g, word));
}
