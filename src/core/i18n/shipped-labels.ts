import bs from "../../../templates/i18n/bs.json";
import cnr from "../../../templates/i18n/cnr.json";
import mk from "../../../templates/i18n/mk.json";
import sq from "../../../templates/i18n/sq.json";
import srLatn from "../../../templates/i18n/sr-Latn.json";
import { addLabels } from "./label-store";
import type { Language } from "./languages";

// Node (CLI, server, tests) holds every language at once, so the API stays synchronous there.
// The task pane's build swaps this module for shipped-labels-lazy.ts, which fetches one file.
addLabels("sq", sq);
addLabels("sr-Latn", srLatn);
addLabels("mk", mk);
addLabels("bs", bs);
addLabels("cnr", cnr);

/** Makes `language`'s labels available; here they always are. */
export function loadLabels(language: Language): Promise<void> {
  void language;
  return Promise.resolve();
}
