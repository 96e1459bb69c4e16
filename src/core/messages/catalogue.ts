import { isLanguage, resolveLanguage } from "../i18n/languages";
import { unmarkedText } from "../i18n/kept-spans";
import { paramsIn } from "../i18n/label-refs";
import { en } from "./en";
import { MESSAGE_CATALOGUES, MessageId } from "./message-store";

// The wording lives in message-store.ts, which the task pane loads before its first render; the
// renderer needs the code lists (for labels in the reader's language) and comes with the engine.
export { loadMessages, MESSAGE_CATALOGUES } from "./message-store";
export type { MessageCatalogue, MessageId } from "./message-store";

/**
 * `language` is one of ours, or any tag Office or a shell gives ("sr-Latn-RS", "mk-MK"). Labels
 * the rules pass as references (see i18n/label-refs) are put in the language first, so the
 * whole sentence is in it. Words a translation keeps as written in a derived script (the codes a
 * file must hold) are marked, and the marks never reach the reader.
 */
export function render(
  id: MessageId,
  params: Record<string, string | number>,
  language = "en"
): string {
  const ours = isLanguage(language) ? language : resolveLanguage(language);
  const wording = MESSAGE_CATALOGUES[ours][id] ?? en[id];
  return unmarkedText(wording(paramsIn(params, ours)));
}
