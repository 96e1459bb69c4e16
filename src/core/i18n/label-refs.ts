import { codeLabelIn } from "./code-labels";
import { dimensionLabelIn, phraseIn } from "./labels";
import { Language } from "./languages";

/**
 * A label a finding names (a cell's codes, a total, the parts of a sum, the two sides of an
 * inequality), kept as data so each reader sees it in their own language. A rule puts it into
 * the finding's parameters as a reference next to the English text (`context` and `contextRef`);
 * the catalogue's renderer turns the reference into words in the reader's language.
 *
 * A reference is readable in --json output: pieces joined by ";", each one of
 *   at:B12                 a cell address, shown before the rest: "B12 (Syria, Females)"
 *   code:citizen:SY        a code's label in its code list (codes themselves are never translated)
 *   phrase:all ages        one of the templates' own phrases, by its English wording
 *   dim:Sex                a dimension's label, in lower case, joined to others by " × "
 */
export type LabelPiece =
  { at: string } | { code: string; list: string } | { phrase: string } | { dimension: string };

/** The parameter holding the reference of the label parameter `name`. */
export const refName = (name: string) => `${name}Ref`;
const SUFFIX = refName("");

// A typed code may hold any character: "%" and ";" are escaped so a reference always parses.
const escape = (text: string) => text.replace(/%/g, "%25").replace(/;/g, "%3B");
const unescape = (text: string) => text.replace(/%3B/g, ";").replace(/%25/g, "%");

function pieceText(piece: LabelPiece): string {
  if ("at" in piece) return `at:${escape(piece.at)}`;
  if ("code" in piece) return `code:${piece.list}:${escape(piece.code)}`;
  if ("phrase" in piece) return `phrase:${escape(piece.phrase)}`;
  return `dim:${escape(piece.dimension)}`;
}

export function labelRef(pieces: LabelPiece[]): string {
  return pieces.map(pieceText).join(";");
}

function parse(ref: string): LabelPiece[] {
  return ref.split(";").map((text) => {
    const colon = text.indexOf(":");
    const kind = text.slice(0, colon);
    const rest = unescape(text.slice(colon + 1));
    if (kind === "at") return { at: rest };
    if (kind === "code") {
      // Code list ids hold no ":", so the first one ends the list's id.
      const split = rest.indexOf(":");
      return { list: rest.slice(0, split), code: rest.slice(split + 1) };
    }
    if (kind === "dim") return { dimension: rest };
    return { phrase: rest };
  });
}

/** The words of a label reference in the language (English: Eurostat's and our templates'). */
export function labelText(ref: string, language: Language): string {
  const pieces = parse(ref);
  const address = pieces.find((p): p is { at: string } => "at" in p)?.at;
  const words = pieces.flatMap((p) => {
    if ("code" in p) return [codeLabelIn(language, p.list, p.code) ?? p.code];
    if ("phrase" in p) return [phraseIn(language, p.phrase)];
    if ("dimension" in p) return [dimensionLabelIn(language, p.dimension).toLowerCase()];
    return [];
  });
  const joined = pieces.every((p) => "dimension" in p || "at" in p)
    ? words.join(" × ")
    : words.join(", ");
  return address === undefined ? joined : `${address} (${joined})`;
}

/** A label parameter: its English words, and the reference the reader's language is made from. */
export function labelParam(name: string, pieces: LabelPiece[]): Record<string, string> {
  const ref = labelRef(pieces);
  return { [name]: labelText(ref, "en"), [refName(name)]: ref };
}

/**
 * The parameters with every referenced label in the language. A finding made before labels
 * were references (stored, or from an older exchange) has none, and keeps its English words.
 */
export function paramsIn(
  params: Record<string, string | number>,
  language: Language
): Record<string, string | number> {
  const out = { ...params };
  for (const [key, value] of Object.entries(params)) {
    if (!key.endsWith(SUFFIX) || typeof value !== "string" || value === "") continue;
    const name = key.slice(0, -SUFFIX.length);
    if (name in params) out[name] = labelText(value, language);
  }
  return out;
}
