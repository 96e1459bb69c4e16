import { addLabels, LABEL_DATA, LabelData, labelFileOf } from "./label-store";
import type { Language } from "./languages";

/**
 * The task pane's stand-in for shipped-labels.ts (webpack.config.js swaps them): each language's
 * labels are a separate chunk, fetched when the pane first uses that language, so a pane in
 * English downloads none of the five translations.
 */
export async function loadLabels(language: Language): Promise<void> {
  const file = labelFileOf(language);
  if (!file || LABEL_DATA[file]) return;
  const data: { default: LabelData } = await import(
    /* webpackChunkName: "labels-[request]" */ `../../../templates/i18n/${file}.json`
  );
  addLabels(file, data.default);
}
