import type { Template } from "./schema";

/** A stock counts persons on a day; a flow counts events over the period (never summed as stocks). */
export function isStock(template: Pick<Template, "measure">): boolean {
  return template.measure === "stock";
}
