import { Language, loadLabels } from "../../core/i18n";
import { loadPaneStrings } from "./pane-text";

/**
 * Everything the pane shows in `language` that is not English: its own strings and the sheets'
 * labels. Each language is a separate chunk of the built pane, fetched once, when first chosen.
 */
export function loadLanguage(language: Language): Promise<void> {
  return Promise.all([loadPaneStrings(language), loadLabels(language)]).then(() => undefined);
}
