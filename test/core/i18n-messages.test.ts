import { en } from "../../src/core/messages/en";
import { MESSAGE_CATALOGUES, MessageId, render } from "../../src/core/messages/catalogue";
import { Language, LANGUAGES } from "../../src/core/i18n";

const ids = Object.keys(en) as MessageId[];

/** The parameter names a wording reads, found by handing it a recording object. */
function paramsRead(wording: (p: Record<string, string | number>) => string): string[] {
  const read = new Set<string>();
  const params = new Proxy({} as Record<string, string | number>, {
    get: (_, key) => {
      if (typeof key === "string") read.add(key);
      return 7;
    },
  });
  wording(params);
  return [...read].sort();
}

/**
 * Distinct three-digit figures per parameter, so each one can be found in the sentence whatever
 * the language does with the words around it (no figure is a part of another).
 */
function sampleParams(names: string[], blank?: string): Record<string, string | number> {
  return Object.fromEntries(
    names.map((name, i) => [name, name === blank ? "" : 101 + i * 111 - (i >= 8 ? 887 : 0)])
  );
}

function shown(text: string, params: Record<string, string | number>): string[] {
  return Object.entries(params)
    .filter(([, v]) => v !== "" && new RegExp(`(^|\\D)${v}(\\D|$)`).test(text))
    .map(([k]) => k)
    .sort();
}

const others = LANGUAGES.filter((l) => l !== "en") as Language[];

describe.each([...others, "qps" as Language])("the %s message catalogue", (language) => {
  const catalogue = MESSAGE_CATALOGUES[language];

  it("has every message the English catalogue has, and no other", () => {
    expect(Object.keys(catalogue).sort()).toEqual([...ids].sort());
  });

  it.each(ids)("shows the same parameters as English in %s", (id) => {
    const wording = catalogue[id]!;
    const names = paramsRead(en[id]);
    // Every parameter once, and each one blank in turn (messages branch on an empty code).
    for (const blank of [undefined, ...names]) {
      const params = sampleParams(names, blank);
      expect(shown(wording(params), params)).toEqual(shown(en[id](params), params));
    }
  });
});

describe("rendering", () => {
  it("picks the language from an Office or shell tag, Serbian script included", () => {
    const params = { cell: "B12", value: -3 };
    expect(render("value.negative", params, "sr-Latn-RS")).toContain("negativan broj");
    expect(render("value.negative", params, "sr-Cyrl-RS")).toContain("негативан број");
    expect(render("value.negative", params, "mk-MK")).toContain("негативен број");
    expect(render("value.negative", params, "de-DE")).toContain("a negative number");
  });

  it("keeps cell addresses, codes and typed text in Latin letters in Serbian Cyrillic", () => {
    const text = render(
      "code.unknown",
      { address: "A14", code: "Ljx", dimension: "Sex", list: "sex" },
      "sr-Cyrl"
    );
    expect(text).toMatch(/^A14: „Ljx“ није шифра за Пол\./);
  });

  it("uses the language's plural forms", () => {
    const row = (count: number) =>
      render("complete.blankRow", { row: 9, context: "AF", count }, "sr-Latn");
    expect(row(1)).toContain("1 ćelija");
    expect(row(3)).toContain("3 ćelije");
    expect(row(5)).toContain("5 ćelija");
    expect(render("complete.blankRow", { row: 9, context: "AF", count: 1 }, "mk")).toContain(
      "1 ќелија"
    );
    expect(render("complete.blankRow", { row: 9, context: "AF", count: 4 }, "mk")).toContain(
      "4 ќелии"
    );
  });

  it("makes the pseudo-locale longer and accented, with the parameters intact", () => {
    const english = render("value.text", { cell: "C7", value: "abc" }, "en");
    const pseudo = render("value.text", { cell: "C7", value: "abc" }, "qps");
    expect(pseudo.length).toBeGreaterThan(english.length * 1.3);
    expect(pseudo).toContain("C7");
    expect(pseudo).toContain('"abc"');
    expect(pseudo).toMatch(/[áëïöü]/);
  });
});
