import { registerTemplateVersion, Template } from "../../../src/core";
import current from "../../../templates/ASYAPPCTZM.json";

/**
 * ASYAPPCTZM as it might have been at 0.9.0: the age columns in another order and without
 * Y_LT18 (so without the rule about it).
 */
export function olderApplicants(): Template {
  const raw = structuredClone(current) as Omit<typeof current, "dimensions"> & {
    dimensions: { id: string; codes?: string[] }[];
  };
  raw.version = "0.9.0";
  raw.dimensions.find((d) => d.id === "age")!.codes = [
    "UNK",
    "Y_GE65",
    "Y35-64",
    "Y18-34",
    "Y14-17",
    "Y_LT14",
    "TOTAL",
  ];
  raw.rules = raw.rules.filter((r) => r.id !== "age-minors");
  return registerTemplateVersion(raw);
}
