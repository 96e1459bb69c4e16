import { diffFigures, diffSize, getTemplate } from "../../src/core";

const template = getTemplate("ASYAPPCTZM");
const fixed = { freq: "M", unit: "PER", geo: "ME" };

function figure(citizen: string, sex: string, value: number | null) {
  return { key: { ...fixed, citizen, sex, age: "TOTAL", applicant: "TOTAL" }, value };
}

describe("the figure diff against the accepted version", () => {
  it("finds nothing when the figures are the same", () => {
    const figures = [figure("SY", "F", 12), figure("SY", "M", 30)];
    expect(diffSize(diffFigures(template, figures, [...figures].reverse()))).toBe(0);
  });

  it("names changed, added and removed figures by their labels, with both values", () => {
    const before = [figure("SY", "F", 12), figure("SY", "M", 30), figure("AF", "T", 4)];
    const after = [figure("SY", "F", 14), figure("SY", "M", 30), figure("TR", "T", 2)];

    const diff = diffFigures(template, before, after);

    expect(diff.changed).toEqual([
      expect.objectContaining({
        kind: "changed",
        before: 12,
        after: 14,
        key: { citizen: "SY", sex: "F", age: "TOTAL", applicant: "TOTAL" },
      }),
    ]);
    expect(diff.changed[0].label).toMatch(/^Syria.*, all applicants, Females, all ages$/);
    expect(diff.added).toEqual([expect.objectContaining({ kind: "added", after: 2 })]);
    expect(diff.added[0].label).toMatch(/^T(ü|u)rkiye|^Turkey/);
    expect(diff.removed).toEqual([expect.objectContaining({ kind: "removed", before: 4 })]);
    expect(diff.removed[0].label).toMatch(/^Afghanistan/);
    expect("before" in diff.added[0] || "after" in diff.removed[0]).toBe(false);
    expect(diffSize(diff)).toBe(3);
  });

  it("counts a figure that became 'not available' as changed", () => {
    const diff = diffFigures(template, [figure("SY", "F", 12)], [figure("SY", "F", null)]);
    expect(diff.changed).toEqual([expect.objectContaining({ before: 12, after: null })]);
  });

  it("matches figures on the sheet's own codes, whatever the fixed parts of the key", () => {
    const accepted = [
      { key: { citizen: "SY", sex: "F", age: "TOTAL", applicant: "TOTAL" }, value: 1 },
    ];
    expect(diffSize(diffFigures(template, accepted, [figure("SY", "F", 1)]))).toBe(0);
  });
});
