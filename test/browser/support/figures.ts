import { dataCellAddress, getTemplate, templateLayout } from "../../../src/core";

const TOTALS: Record<string, string> = {
  citizen: "TOTAL",
  applicant: "TOTAL",
  sex: "T",
  age: "TOTAL",
};
const LEAF: Record<string, string> = { citizen: "UA", applicant: "FRST", sex: "F", age: "Y18-34" };

/**
 * Figures for a monthly asylum sheet with the common rows, as the pane loads it, where every
 * identity holds: `count` Ukrainian first-time female applicants aged 18–34, in that cell and in
 * every total covering it; every other figure 0. Returns the block and its top-left cell.
 */
export function consistentFigures(count: number): { address: string; values: number[][] } {
  const layout = templateLayout(getTemplate("ASYAPPCTZM"), "common");
  const covers = (key: Record<string, string>) =>
    Object.entries(key).every(([dim, code]) => code === LEAF[dim] || code === TOTALS[dim]);
  const values = layout.rowKeys.map((row) =>
    layout.colKeys.map((col) => (covers({ ...row, ...col }) ? count : 0))
  );
  return { address: dataCellAddress({ layout }, 0, 0), values };
}
