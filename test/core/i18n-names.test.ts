import { codeLists } from "../../src/core";
import {
  codeLabelIn,
  countOf,
  dimensionLabelIn,
  formatDate,
  formatNumber,
  Language,
  LANGUAGES,
  packageTitleIn,
  languageFromEnvironment,
  pluralForm,
  regionName,
  resolveLanguage,
  sheetCaptionIn,
  templateTitleIn,
  toCyrillic,
} from "../../src/core/i18n";
import { LABEL_DATA } from "../../src/core/i18n/labels";
import { COUNTRY_LISTS } from "../../src/core/i18n/region-names";
import { allPackages, allTemplates } from "../../src/core";

describe("language resolution", () => {
  it.each([
    ["sr-Latn-RS", "sr-Latn"],
    ["sr-Cyrl-RS", "sr-Cyrl"],
    ["sr-RS", "sr-Cyrl"],
    ["sr-Latn-ME", "cnr"],
    ["sr-ME", "cnr"],
    ["cnr", "cnr"],
    ["cnr-ME", "cnr"],
    ["mk-MK", "mk"],
    ["sq-AL", "sq"],
    ["sq-XK", "sq"],
    ["bs-Latn-BA", "bs"],
    ["bs-BA", "bs"],
    ["hr-HR", "bs"],
    ["en-US", "en"],
    ["de-DE", "en"],
    ["", "en"],
    ["sr_RS.UTF-8@latin", "sr-Latn"],
    ["sr_RS.UTF-8", "sr-Cyrl"],
    ["mk_MK.UTF-8", "mk"],
    ["sq_AL.UTF-8", "sq"],
  ])("%s → %s", (tag, language) => {
    expect(resolveLanguage(tag)).toBe(language);
  });

  it("takes --lang first, then LC_ALL, LC_MESSAGES, LANG; C means English", () => {
    expect(languageFromEnvironment("mk", { LANG: "sq_AL.UTF-8" })).toBe("mk");
    expect(languageFromEnvironment(undefined, { LANG: "sq_AL.UTF-8" })).toBe("sq");
    expect(languageFromEnvironment(undefined, { LC_ALL: "bs_BA.UTF-8", LANG: "sq_AL" })).toBe("bs");
    expect(languageFromEnvironment(undefined, { LANG: "C.UTF-8" })).toBe("en");
    expect(languageFromEnvironment(undefined, {})).toBe("en");
  });
});

describe("plural rules from Intl", () => {
  const errors = { one: "greška", few: "greške", other: "grešaka" };
  it.each([
    [1, "greška"],
    [2, "greške"],
    [4, "greške"],
    [5, "grešaka"],
    [11, "grešaka"],
    [21, "greška"],
    [22, "greške"],
  ])("Serbian, Bosnian and Montenegrin: %i %s", (n, word) => {
    for (const language of ["sr-Latn", "bs", "cnr"] as Language[]) {
      expect(pluralForm(language, n, errors)).toBe(word);
    }
  });

  it("Albanian and Macedonian have one and other", () => {
    expect(countOf("sq", 1, { one: "gabim", other: "gabime" })).toBe("1 gabim");
    expect(countOf("sq", 3, { one: "gabim", other: "gabime" })).toBe("3 gabime");
    expect(countOf("mk", 1, { one: "грешка", other: "грешки" })).toBe("1 грешка");
    expect(countOf("mk", 3, { one: "грешка", other: "грешки" })).toBe("3 грешки");
  });

  it("numbers and dates are written the language's way", () => {
    expect(formatNumber("sr-Latn", 1234567)).toBe("1.234.567");
    expect(formatNumber("en", 1234567)).toBe("1,234,567");
    expect(formatDate("sr-Cyrl", "2026-06-30")).toContain("јун");
    expect(formatDate("mk", "2026-06-30")).toContain("јуни");
    expect(formatDate("sq", "2026-06-30")).toContain("qershor");
  });
});

describe("country names from Intl.DisplayNames", () => {
  it.each([
    ["sq", "DE", "Gjermani"],
    ["sr-Latn", "DE", "Nemačka"],
    ["sr-Cyrl", "DE", "Немачка"],
    ["mk", "DE", "Германија"],
    ["bs", "DE", "Njemačka"],
    // ICU has no Montenegrin: the Serbian Latin of Montenegro gives the ijekavian name.
    ["cnr", "DE", "Njemačka"],
    ["mk", "EL", "Грција"],
    ["sr-Latn", "UK", "Ujedinjeno Kraljevstvo"],
  ])("%s names %s %s", (language, code, name) => {
    expect(codeLabelIn(language as Language, "citizen", code)).toBe(name);
  });

  it("uses our own entries where Eurostat's codes are not ISO regions", () => {
    expect(regionName("EU27_2020", "mk")).toBeUndefined();
    expect(codeLabelIn("mk", "citizen", "EXT_EU27_2020")).toBe("Надвор од ЕУ27 (од 2020)");
    expect(codeLabelIn("sr-Cyrl", "citizen", "STLS")).toBe("Лица без држављанства");
    expect(codeLabelIn("sq", "citizen", "XK")).toContain("1244/99");
    expect(codeLabelIn("bs", "geo", "XK")).toContain("1244/99");
  });

  it("keeps Eurostat's English labels in English", () => {
    expect(codeLabelIn("en", "citizen", "BA")).toBe(codeLists.label("citizen", "BA"));
  });

  it.each(LANGUAGES.filter((l) => l !== "en"))(
    "names every code of every country list in %s from Intl or our own entries",
    (language) => {
      const unnamed: string[] = [];
      for (const listId of COUNTRY_LISTS) {
        for (const { code } of codeLists.get(listId).codes) {
          const fromIntl = regionName(code, language);
          const name = codeLabelIn(language, listId, code);
          if (code === "XK" || fromIntl === undefined) {
            if (name === codeLists.label(listId, code)) unnamed.push(`${listId}/${code}`);
          } else {
            expect(name).toBe(fromIntl);
          }
        }
      }
      expect(unnamed).toEqual([]);
    }
  );
});

describe("our translations of labels and titles", () => {
  const languages = Object.keys(LABEL_DATA) as Language[];
  const usedLists = new Set(allTemplates().flatMap((t) => t.dimensions.map((d) => d.codeList)));

  it.each(languages)("%s says they are our own translations", (language) => {
    expect(LABEL_DATA[language]!.note).toMatch(/our own translations/i);
  });

  it.each([...languages, "sr-Cyrl" as Language])(
    "%s has every template title, dimension label, caption and code label",
    (language) => {
      const missing: string[] = [];
      const check = (what: string, english: string, translated: string | undefined) => {
        if (!translated || translated === english) missing.push(what);
      };
      for (const template of allTemplates()) {
        check(template.id, template.title, templateTitleIn(language, template.id, template.title));
        for (const d of template.dimensions) {
          check(d.label, d.label, dimensionLabelIn(language, d.label));
        }
      }
      for (const pkg of allPackages()) {
        check(pkg.id, pkg.title, packageTitleIn(language, pkg.id, pkg.title));
      }
      for (const caption of ["Template", "Reference period"]) {
        check(caption, caption, sheetCaptionIn(language, caption));
      }
      for (const listId of usedLists) {
        if (COUNTRY_LISTS.has(listId)) continue;
        for (const { code, label } of codeLists.get(listId).codes) {
          check(`${listId}/${code}`, label, codeLabelIn(language, listId, code));
        }
      }
      expect(missing).toEqual([]);
    }
  );
});

describe("Serbian Cyrillic from Latin", () => {
  it("maps letters and the digraphs lj, nj, dž", () => {
    expect(toCyrillic("Ljubljana, Njegoš, džep, Đurđevdan")).toBe("Љубљана, Његош, џеп, Ђурђевдан");
  });

  it("keeps codes, addresses and program names in Latin letters, but writes EU as ЕУ", () => {
    expect(toCyrillic("Šifra EXT_EU27_2020 u A14, Excel, okvir EU")).toBe(
      "Шифра EXT_EU27_2020 у A14, Excel, оквир ЕУ"
    );
  });
});
