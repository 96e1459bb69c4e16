import { codeLists } from "../codelists/registry";
import { translatedCodeLabel } from "./labels";
import type { Language } from "./languages";

/**
 * A code's label in the language, or undefined for a code its list does not have. Kept apart from
 * labels.ts because it needs the code lists: the pane's first screen has the labels it shows and
 * calls translatedCodeLabel instead.
 */
export function codeLabelIn(language: Language, listId: string, code: string): string | undefined {
  const english = codeLists.label(listId, code);
  return english === undefined ? undefined : translatedCodeLabel(language, listId, code, english);
}
