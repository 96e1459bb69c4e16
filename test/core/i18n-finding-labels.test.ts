import {
  emptySheet,
  Finding,
  getTemplate,
  Observation,
  periodSumFindings,
  plausibilityFindings,
  render,
  SheetData,
  validatePackage,
  validateForSubmission,
  validateSheet,
} from "../../src/core";
import { Language } from "../../src/core/i18n";
import { setFigure } from "../support/sheets";

/**
 * Findings of every rule kind, rendered in Macedonian and Serbian Cyrillic: the labels the
 * rules name (countries, sexes, ages, totals, the parts of a sum, the sides of an inequality)
 * are in the reader's language, while codes and cell addresses stay as they are.
 */
function sheetOf(id: string, period: string, name = id): SheetData {
  const sheet = emptySheet(getTemplate(id), "ME", period, "common");
  sheet.sheetName = name;
  return sheet;
}

const syriaF = { citizen: "SY", sex: "F" };

function monthlyFindings(): Finding[] {
  const sheet = sheetOf("ASYAPPCTZM", "2026-06");
  // value: a negative figure; sum: ages that do not add up; atMost: first-time above all.
  setFigure(sheet, { ...syriaF, age: "Y18-34", applicant: "TOTAL" }, -4);
  setFigure(sheet, { ...syriaF, age: "TOTAL", applicant: "TOTAL" }, 120);
  setFigure(sheet, { ...syriaF, age: "Y14-17", applicant: "TOTAL" }, 7);
  setFigure(sheet, { ...syriaF, age: "Y14-17", applicant: "FRST" }, 9);
  return validateSheet(sheet);
}

function packageFindings(): Finding[] {
  const part = sheetOf("ASYUMACTM", "2026-06");
  const whole = sheetOf("ASYAPPCTZM", "2026-06");
  const key = { ...syriaF, age: "Y14-17", applicant: "FRST" };
  setFigure(part, key, 12);
  setFigure(whole, key, 3);
  return validatePackage([part, whole]);
}

function periodFindings(): Finding[] {
  const year = sheetOf("ASYAPPCTZA", "2025");
  const key = { ...syriaF, age: "TOTAL", applicant: "TOTAL" };
  setFigure(year, key, 120);
  const monthly = getTemplate("ASYAPPCTZM");
  const months: Observation[] = Array.from({ length: 12 }, (_, i) => ({
    key: { freq: "M", unit: "PER", geo: "ME", ...key },
    period: `2025-${String(i + 1).padStart(2, "0")}`,
    value: 11,
    status: "A",
  }));
  return periodSumFindings(year, monthly, months);
}

function plausibilityFinding(): Finding[] {
  const sheet = sheetOf("ASYAPPCTZM", "2026-06");
  const key = { ...syriaF, age: "TOTAL", applicant: "TOTAL" };
  setFigure(sheet, key, 900);
  const history: Observation[] = Array.from({ length: 12 }, (_, i) => ({
    key: { freq: "M", unit: "PER", geo: "ME", ...key },
    period: `2025-${String(i + 6).padStart(2, "0")}`.replace(/^2025-1([3-7])$/, "2026-0$1"),
    value: 100 + i,
    status: "A",
  }));
  return plausibilityFindings(sheet, history.map(fixPeriod));
}

/** Months 13–17 of the generator above are the first months of the next year. */
function fixPeriod(o: Observation): Observation {
  const month = Number(o.period.slice(5));
  if (month <= 12) return o;
  return { ...o, period: `2026-${String(month - 12).padStart(2, "0")}` };
}

function completeFindings(): Finding[] {
  const sheet = sheetOf("ASYAPPCTZM", "2026-06");
  setFigure(sheet, { ...syriaF, age: "TOTAL", applicant: "TOTAL" }, 5);
  return validateForSubmission(sheet.template, sheet).filter((f) =>
    f.messageId.startsWith("complete.")
  );
}

function codeFindings(): Finding[] {
  const sheet = sheetOf("ASYAPPCTZM", "2026-06");
  sheet.layout.rowKeys[1] = { ...sheet.layout.rowKeys[0] };
  return validateSheet(sheet).filter((f) => f.messageId.startsWith("code."));
}

const kinds: [string, () => Finding[]][] = [
  ["value", () => monthlyFindings().filter((f) => f.messageId.startsWith("value."))],
  ["sum", () => monthlyFindings().filter((f) => f.messageId.startsWith("sum."))],
  ["atMost", () => monthlyFindings().filter((f) => f.messageId.startsWith("atMost."))],
  ["codes", codeFindings],
  ["complete", completeFindings],
  ["plausibility", plausibilityFinding],
  ["package", packageFindings],
  ["period", periodFindings],
];

/** English words of the sheet's labels and the rules' phrases that must not leak through. */
const ENGLISH = [
  "Syria",
  "Females",
  "females",
  "all ages",
  "Total",
  "age groups",
  "applicants",
  "unaccompanied",
  "From 14 to 17",
  "Country of citizenship",
  "citizenship",
  "Sex",
];

describe.each(kinds)("a %s finding", (kind, make) => {
  const findings = make();

  it("is found", () => {
    expect(findings.length).toBeGreaterThan(0);
  });

  it.each(["mk", "sr-Cyrl"] as Language[])("names its labels in %s, codes unchanged", (lang) => {
    for (const f of findings) {
      const text = render(f.messageId, f.params, lang);
      for (const word of ENGLISH) expect(text).not.toContain(word);
      // No Latin word is left but codes, cell addresses and sheet names.
      const latin = (text.match(/[A-Za-z][A-Za-z-]*[a-z][A-Za-z-]*/g) ?? []).filter(
        (w) => !["ME", "Excel", "midex", "Eurostat"].includes(w)
      );
      expect(latin).toEqual([]);
      for (const name of ["cell", "address", "code", "other"]) {
        const kept = String(f.params[name] ?? "").match(/^[A-Z]+[0-9]+|[A-Z0-9_-]{2,}/);
        if (kept) expect(text).toContain(kept[0]);
      }
    }
  });

  it("keeps the English message for logs and --json", () => {
    for (const f of findings) expect(render(f.messageId, f.params, "en")).toBe(f.message);
  });
});

describe("label references", () => {
  it("name Syria, females and all ages in each language", () => {
    const sum = monthlyFindings().find((f) => f.message.startsWith("Total for Syria, Females"))!;
    expect(sum.message).toMatch(/^Total for Syria, Females, /);
    expect(render(sum.messageId, sum.params, "mk")).toMatch(/^Вкупно за Сирија, Жени, /);
    expect(render(sum.messageId, sum.params, "sr-Cyrl")).toMatch(/^Укупно за Сирија, Жене, /);
    expect(render(sum.messageId, sum.params, "sq")).toMatch(/^Gjithsej për Siri, Femra, /);
  });

  it("leave a stored finding without references in its English words", () => {
    const params = { totalLabel: "Total", context: "Syria", actual: 3, expected: 2 };
    const text = render("sum.mismatch", { ...params, parts: "x", difference: 1 }, "mk");
    expect(text).toContain("Syria");
  });

  it("survive a code typed with a semicolon", () => {
    const sheet = sheetOf("ASYAPPCTZM", "2026-06");
    sheet.layout.rowKeys[0] = { ...sheet.layout.rowKeys[0], citizen: "S;Y%" };
    sheet.values[0][0] = -1;
    const found = validateSheet(sheet).find((f) => f.messageId === "value.negative")!;
    expect(found.message).toContain("S;Y%");
    expect(render(found.messageId, found.params, "mk")).toContain("S;Y%");
  });
});
