import type { CodeList } from "./schema";

/**
 * The task pane's stand-in for parse-code-list.ts (swapped in by webpack.config.js): the pane
 * only loads the code lists shipped inside its own bundle, and webpack refuses to build the
 * bundle unless they pass the full check (scripts/check-shipped-data.js).
 */
export function parseCodeList(raw: unknown): CodeList {
  return raw as CodeList;
}
