import { errorCode, userError, UserError } from "../../src/core/errors";
import { ErrorId, errorsEn } from "../../src/core/messages/errors/en";
import { ERROR_CATALOGUES, renderError } from "../../src/core/messages/errors/catalogue";
import { Language, LANGUAGES } from "../../src/core/i18n";

type Wording = (p: Record<string, string | number>) => string;
const ids = Object.keys(errorsEn) as ErrorId[];

/** The parameter names a wording reads, found by handing it a recording object. */
function paramsRead(wording: Wording): string[] {
  const read = new Set<string>();
  const params = new Proxy({} as Record<string, string | number>, {
    get: (_, key) => {
      if (typeof key === "string") read.add(key);
      return "M";
    },
  });
  wording(params);
  return [...read].sort();
}

/** Distinct values per parameter, each findable in the sentence; `code` and `frequency` are worded. */
function sample(names: string[]): Record<string, string> {
  const worded: Record<string, string> = { code: "ENOENT", frequency: "Q" };
  return Object.fromEntries(names.map((n, i) => [n, worded[n] ?? `V${101 + i * 111}X`]));
}

const DERIVED: Language[] = ["sr-Cyrl", "qps"];
const others = LANGUAGES.filter((l) => l !== "en") as Language[];

describe.each([...others, "qps" as Language])("the %s error catalogue", (language) => {
  const catalogue = ERROR_CATALOGUES[language];

  it("words every error English has, and no other", () => {
    expect(Object.keys(catalogue).sort()).toEqual([...ids].sort());
  });

  it.each(ids)("%s reads the same parameters as English and shows each of them", (id) => {
    const names = paramsRead(errorsEn[id]);
    // Derived catalogues read their source's parameters, checked with that source.
    if (!DERIVED.includes(language)) expect(paramsRead(catalogue[id])).toEqual(names);
    const params = sample(names);
    const sentence = renderError(id, params, language);
    for (const [name, value] of Object.entries(params)) {
      if (name !== "code" && name !== "frequency") expect(sentence).toContain(value);
    }
    expect(sentence).not.toMatch(/undefined|\$\{/);
  });
});

describe("worded parameters", () => {
  it.each(LANGUAGES as readonly Language[])(
    "%s words every file problem and frequency",
    (language) => {
      for (const code of ["ENOENT", "EACCES", "EPERM", "EISDIR", "EBUSY"]) {
        const sentence = renderError("cannotRead", { file: "a.xlsx", code }, language);
        expect(sentence).not.toContain(code);
      }
      for (const frequency of ["M", "Q", "A"]) {
        const params = { text: "x", template: "T", frequency, example: "2026-06" };
        expect(renderError("notPeriodOfTemplate", params, language)).not.toContain("undefined");
      }
    }
  );

  it("says in the translations what the English says, not the English", () => {
    const english = renderError("fileExists", { file: "a.xlsx" }, "en");
    for (const language of others) {
      expect(renderError("fileExists", { file: "a.xlsx" }, language)).not.toBe(english);
    }
  });
});

describe("userError", () => {
  it("keeps the English sentence as the message and the id and parameters beside it", () => {
    const error = userError("fileExists", { file: "out.xlsx" });
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toBe("out.xlsx already exists; pass --force to replace it.");
    expect(error.text).toEqual({ id: "fileExists", params: { file: "out.xlsx" } });
  });

  it("reads the code of a failed file operation", () => {
    expect(errorCode(Object.assign(new Error("x"), { code: "EBUSY" }))).toBe("EBUSY");
    expect(errorCode(new Error("x"))).toBe("");
  });
});
