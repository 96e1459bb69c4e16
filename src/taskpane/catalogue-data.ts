import { CatalogueSummary, catalogueSummary } from "../core/templates/catalogue-summary";

/**
 * The catalogue the first screen lists. Here it is computed from the templates; the task pane's
 * bundle has it computed at build time instead (webpack.config.js swaps this module), so that the
 * first screen does not wait for the templates and code lists (see engine.ts).
 */
export const catalogue: CatalogueSummary = catalogueSummary();
