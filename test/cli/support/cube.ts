import { Observation, Template } from "../../../src/core";

const PART_AGES = ["Y_LT14", "Y14-17", "Y18-34", "Y35-64", "Y_GE65", "UNK"];
const PART_SEXES = ["M", "F", "UNK"];
const PART_APPLICANTS = ["FRST", "SSEQ"];

type Cube = Map<string, number>;
const at = (citizen: string, applicant: string, sex: string, age: string) =>
  [citizen, applicant, sex, age].join("|");

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/**
 * Figures of ASYAPPCTZM for a few citizenships in which every identity holds: the parts are
 * made up, every total is added up from them, the way a national system would report.
 */
export function consistentFigures(citizens: string[]): Cube {
  const cube: Cube = new Map();
  let seed = 7;
  for (const c of citizens) {
    for (const a of PART_APPLICANTS) {
      for (const s of PART_SEXES) {
        for (const g of PART_AGES) {
          seed = (seed * 31 + 11) % 97;
          cube.set(at(c, a, s, g), seed % 13);
        }
      }
    }
  }
  const get = (c: string, a: string, s: string, g: string) => cube.get(at(c, a, s, g)) ?? 0;
  for (const c of citizens) {
    for (const a of PART_APPLICANTS) {
      for (const s of PART_SEXES) {
        cube.set(at(c, a, s, "Y_LT18"), get(c, a, s, "Y_LT14") + get(c, a, s, "Y14-17"));
        cube.set(at(c, a, s, "TOTAL"), sum(PART_AGES.map((g) => get(c, a, s, g))));
      }
      for (const g of [...PART_AGES, "Y_LT18", "TOTAL"]) {
        cube.set(at(c, a, "T", g), sum(PART_SEXES.map((s) => get(c, a, s, g))));
      }
    }
    for (const s of ["T", ...PART_SEXES]) {
      for (const g of [...PART_AGES, "Y_LT18", "TOTAL"]) {
        cube.set(at(c, "TOTAL", s, g), sum(PART_APPLICANTS.map((a) => get(c, a, s, g))));
      }
    }
  }
  for (const key of [...cube.keys()].filter((k) => k.startsWith(`${citizens[0]}|`))) {
    const [, a, s, g] = key.split("|");
    cube.set(at("TOTAL", a, s, g), sum(citizens.map((c) => get(c, a, s, g))));
  }
  return cube;
}

export function observationsOf(
  template: Template,
  cube: Cube,
  country: string,
  period: string
): Observation[] {
  return [...cube.entries()].map(([key, value]) => {
    const [citizen, applicant, sex, age] = key.split("|");
    return {
      key: { freq: template.frequency, unit: "PER", citizen, sex, age, applicant, geo: country },
      period,
      value,
      status: "A",
    };
  });
}
