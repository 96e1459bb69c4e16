import {
  emptySheet,
  getTemplate,
  keyText,
  Observation,
  placeObservations,
  SheetData,
  sheetToObservations,
  validateSheet,
} from "../../src/core";
import { importedComments } from "../../src/cli/imported-comments";
import { say } from "../../src/cli/command-text";
import { LANGUAGES } from "../../src/core/i18n";

/**
 * Returns with four totals of return type that their parts (all 0) do not explain, so the
 * sheet's own return-total rule warns on them; one of them and one quiet cell are commented.
 */
function returnsWithWarnings(): { sheet: SheetData; observations: Observation[] } {
  const sheet = emptySheet(getTemplate("EIRTN1"), "ME", "2026-Q2");
  for (const row of sheet.values) row.fill(0);
  const destination = sheet.layout.colKeys[0].c_dest;
  const warned = (key: Record<string, string>) =>
    (key.citizen === "SY" || key.citizen === "TOTAL") &&
    key.c_dest === destination &&
    key.return === "TOTAL" &&
    (key.sex === "T" || key.sex === "F");
  const observations = sheetToObservations(sheet).map((o) => {
    if (!warned(o.key)) return o;
    const comment = o.key.citizen === "SY" && o.key.sex === "T" ? "Types follow in Q3" : undefined;
    return { ...o, value: 1, comment };
  });
  const quiet = observations.findIndex((o) => o.key.citizen === "AF");
  observations[quiet] = { ...observations[quiet], comment: "  Checked with the police  " };
  return { sheet, observations };
}

describe("the comments of imported observations, as justifications", () => {
  const { sheet, observations } = returnsWithWarnings();
  const { placements } = placeObservations(sheet, observations);
  const comments = importedComments(sheet, placements, observations);
  const warned = observations.find((o) => o.comment === "Types follow in Q3")!;
  const warnedCell = placements[observations.indexOf(warned)].address;

  it("answer the warning the sheet's rules find on the cell, and the plausibility warning", () => {
    const filled = { ...sheet, values: sheet.values.map((row) => [...row]) };
    for (const p of placements) filled.values[p.row][p.col] = p.value;
    const finding = validateSheet(filled).find((f) => f.address === warnedCell)!;
    expect(finding).toMatchObject({ ruleId: "return-total", severity: "warning" });
    const key = keyText(finding.key!);
    expect(comments.justifications.filter((j) => j.key === key)).toEqual([
      { ruleId: "return-total", key, text: "Types follow in Q3" },
      { ruleId: "usual-range", key, text: "Types follow in Q3" },
    ]);
  });

  it("answer the plausibility warning alone where the sheet's rules find none, trimmed", () => {
    const quiet = comments.justifications.filter((j) => j.text === "Checked with the police");
    expect(quiet.map((j) => j.ruleId)).toEqual(["usual-range"]);
    expect(quiet[0].key).toContain("citizen=AF");
    expect(comments.kept).toHaveLength(2);
    expect(comments.kept).toContain(warnedCell);
    expect(comments.notKept).toEqual([]);
  });

  it("are named as not kept when the template has no warning they could answer", () => {
    const template = sheet.template;
    const withoutPlausibility = {
      ...template,
      rules: template.rules.filter((r) => r.kind !== "plausibility"),
    };
    const bare = { ...sheet, template: withoutPlausibility };
    const result = importedComments(bare, placements, observations);
    expect(result.kept).toEqual([warnedCell]);
    expect(result.notKept).toHaveLength(1);
    expect(result.notKept[0]).not.toBe(warnedCell);
    expect(result.justifications.map((j) => j.ruleId)).toEqual(["return-total"]);
  });

  it("are not looked for in data without comments", () => {
    const plain = observations.map((o) => ({ ...o, comment: undefined }));
    expect(importedComments(sheet, placements, plain)).toEqual({
      justifications: [],
      kept: [],
      notKept: [],
      replaced: [],
    });
  });
});

describe("what import says about comments", () => {
  it.each([...LANGUAGES, "qps" as const])("%s names the count and the cells", (language) => {
    const params = { count: 3, cells: "C14, D20, E7", template: "EIRTN1" };
    for (const line of ["commentsKept", "commentsNotKept", "justificationsReplaced"] as const) {
      const sentence = say(language, line, params);
      expect(sentence).toContain("COMMENT_OBS");
      expect(sentence).toContain("C14, D20, E7");
      expect(sentence).toMatch(/(^|\D)3(\D|$)/);
    }
    expect(say(language, "commentsKept", params)).toContain("`midex submit`");
    expect(say(language, "commentsNotKept", params)).toContain("EIRTN1");
  });
});

describe("what import says about a column it did not read", () => {
  it.each([...LANGUAGES, "qps" as const])(
    "%s names the column, its place and the file",
    (language) => {
      const params = { name: "OBS_COMMENT", index: 14, file: "data.csv" };
      for (const line of ["unreadColumn", "unreadCommentColumn"] as const) {
        const sentence = say(language, line, params);
        expect(sentence).toContain("OBS_COMMENT");
        expect(sentence).toContain("data.csv");
        expect(sentence).toMatch(/(^|\D)14(\D|$)/);
      }
      expect(say(language, "unreadCommentColumn", params)).toMatch(/COMMENT_OBS[,.]?\s/);
      expect(say(language, "unreadColumn", params)).not.toContain("COMMENT_OBS ");
    }
  );
});

describe("the comments of imported observations over saved justifications", () => {
  const { sheet, observations } = returnsWithWarnings();
  const { placements } = placeObservations(sheet, observations);
  const fresh = importedComments(sheet, placements, observations);
  const warned = observations.find((o) => o.comment === "Types follow in Q3")!;
  const warnedCell = placements[observations.indexOf(warned)].address;
  const savedAs = (text: string) =>
    fresh.justifications
      .filter((j) => j.ruleId === "return-total")
      .map((j) => ({ ...j, sheet: "EIRTN1", text }));

  it("name the cell whose saved justification of another text they replace", () => {
    expect(savedAs("x")).toHaveLength(1);
    const replaced = importedComments(sheet, placements, observations, savedAs("Typed in"));
    expect(replaced.replaced).toEqual([warnedCell]);
    expect(replaced.justifications).toEqual(fresh.justifications);
  });

  it("name none when the saved text is the comment's, blanks aside", () => {
    const same = savedAs("  Types follow in Q3 ");
    expect(importedComments(sheet, placements, observations, same).replaced).toEqual([]);
  });
});
