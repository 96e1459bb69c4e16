import { markParams, unmarkedText } from "../i18n/kept-spans";
import { P } from "./wording";

type Wording = (p: P) => string;

/**
 * A catalogue whose every sentence is another one's, changed by `change` (transliterated, or
 * made pseudo-localised). The parameters are marked so the change leaves them as they are.
 */
export function derivedCatalogue<T extends Record<string, Wording>>(
  source: T,
  change: (text: string) => string
): Record<keyof T, Wording> {
  const entries = Object.entries(source).map(([id, wording]) => [
    id,
    (p: P) => unmarkedText(change(wording(markParams(p)))),
  ]);
  return Object.fromEntries(entries) as Record<keyof T, Wording>;
}
