import { Language, loadLabels } from "../../core/i18n";
import { loadMessages } from "../../core/messages/catalogue";
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
