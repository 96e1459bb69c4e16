import { loadLabels } from "../../core/i18n/labels";
import type { Language } from "../../core/i18n/languages";
import { loadMessages } from "../../core/messages/message-store";
import { loadPaneStrings } from "./pane-text";

/**
 * Everything the pane shows in `language` that is not English: its own strings, the findings'
 * wording and the sheets' labels. Each language is a separate chunk of the built pane, fetched
 * once, when first chosen.
 */
export function loadLanguage(language: Language): Promise<void> {
  const loads = [loadPaneStrings(language), loadMessages(language), loadLabels(language)];
  return Promise.all(loads).then(() => undefined);
}
