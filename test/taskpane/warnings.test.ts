import { Finding, MAX_COMMENT_LENGTH } from "../../src/core";
import type { SheetReport } from "../../src/excel";
import { loadPaneStrings, textIn } from "../../src/taskpane/i18n/pane-text";
import { submitBlocker } from "../../src/taskpane/submit-blocker";
import {
  givenJustifications,
  justificationProblem,
  savedFromTexts,
  textsFromSaved,
  unjustifiedCount,
  warningId,
  warningsToJustify,
} from "../../src/taskpane/warnings";

function warning(ruleId: string, key?: Record<string, string>): Finding {
  return {
    ruleId,
    severity: "warning",
    messageId: "value.negative",
    params: {},
    message: `${ruleId} looks unusual`,
    address: key ? "D20" : undefined,
    key,
  };
}

const syria = { citizen: "SY", sex: "F", age: "TOTAL", applicant: "TOTAL" };
const ukraine = { citizen: "UA", sex: "M", age: "TOTAL", applicant: "TOTAL" };

describe("warnings to justify", () => {
  it("lists each figure's warning once and leaves sheet-wide warnings and errors out", () => {
    const error = { ...warning("sum", syria), severity: "error" as const };
    const listed = warningsToJustify([
      warning("plausible", syria),
      warning("plausible", { ...syria }),
      warning("template-version"),
      error,
      warning("plausible", ukraine),
    ]);
    expect(listed.map((w) => w.id)).toEqual([
      "plausible@age=TOTAL;applicant=TOTAL;citizen=SY;sex=F",
      "plausible@age=TOTAL;applicant=TOTAL;citizen=UA;sex=M",
    ]);
  });

  it("count as justified only with a text that can be sent", () => {
    const listed = warningsToJustify([warning("plausible", syria), warning("plausible", ukraine)]);
    const [first, second] = listed.map((w) => w.id);
    expect(unjustifiedCount(listed, {})).toBe(2);
    expect(unjustifiedCount(listed, { [first]: "  " })).toBe(2);
    expect(unjustifiedCount(listed, { [first]: "New camp opened." })).toBe(1);
    expect(unjustifiedCount(listed, { [first]: "x".repeat(MAX_COMMENT_LENGTH + 1) })).toBe(2);
    expect(justificationProblem("two\nlines")).toMatch(/on one line/);
    expect(justificationProblem("=HYPERLINK(1)")).toMatch(/run as a formula/);
    expect(justificationProblem("-5 late records")).toMatch(/run as a formula/);
    expect(justificationProblem("")).toMatch(/Write why/);
    expect(justificationProblem("x".repeat(MAX_COMMENT_LENGTH + 5))).toMatch(
      /at most 1000 characters \(it has 1005\)/
    );
    expect(justificationProblem("", textIn("sr-Latn"))).toBe(
      "Napišite zašto je ovaj podatak tačan."
    );

    const texts = { [first]: " New camp opened. ", [second]: "Census revision." };
    expect(givenJustifications(listed, texts)).toEqual([
      { ruleId: "plausible", key: syria, text: "New camp opened." },
      { ruleId: "plausible", key: ukraine, text: "Census revision." },
    ]);
  });

  it("are kept by rule and cell codes, so the texts come back after a reload", () => {
    const id = warningId("plausible", syria);
    const saved = savedFromTexts({ [id]: "New camp opened.", other: "no id", [`x@k`]: " " });
    expect(saved).toEqual([
      {
        ruleId: "plausible",
        key: "age=TOTAL;applicant=TOTAL;citizen=SY;sex=F",
        text: "New camp opened.",
      },
    ]);
    expect(
      textsFromSaved(
        saved.map((s) => ({ ...s, sheet: "A" })),
        "A"
      )
    ).toEqual({
      [id]: "New camp opened.",
    });
    expect(
      textsFromSaved(
        saved.map((s) => ({ ...s, sheet: "A" })),
        "B"
      )
    ).toEqual({});
  });

  it("block Submit after errors and before the sign-in", () => {
    const report = { kind: "template", sheet: "S", findings: [] } as unknown as SheetReport;
    expect(submitBlocker(report, "", "", 1)).toMatch(/figure with a warning is right/);
    expect(submitBlocker(report, "http://x", "t", 3)).toMatch(/each of the 3 figures/);
    expect(submitBlocker(report, "http://x", "t", 0)).toBeUndefined();
  });

  beforeAll(() => Promise.all([loadPaneStrings("sr-Latn"), loadPaneStrings("mk")]));

  it("say why Submit is blocked in the pane's language, with its plural forms", () => {
    const report = { kind: "template", sheet: "S", findings: [] } as unknown as SheetReport;
    const serbian = textIn("sr-Latn");
    expect(submitBlocker(undefined, "", "", 0, serbian)).toBe("Najpre učitajte šablon.");
    expect(submitBlocker(report, "http://x", "t", 2, serbian)).toMatch(/tačna 2 podatka/);
    expect(submitBlocker(report, "http://x", "t", 5, serbian)).toMatch(/svaki od 5 podataka/);
    expect(submitBlocker(report, "", "", 0, textIn("mk"))).toMatch(/^Внесете ја адресата/);
  });
});
