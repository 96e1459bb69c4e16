import { LABEL_DATA, loadLabels } from "../../src/core/i18n/labels";
import { loadLabels as loadOneFile } from "../../src/core/i18n/shipped-labels-lazy";
import { loadLanguage } from "../../src/taskpane/i18n/load-language";
import { loadPaneStrings, PANE_STRINGS, paneText } from "../../src/taskpane/i18n/pane-text";
import { en } from "../../src/taskpane/i18n/strings/en";
import { mk } from "../../src/taskpane/i18n/strings/mk";
import { srLatn } from "../../src/taskpane/i18n/strings/sr-Latn";

describe("the pane's words in other languages, loaded on demand", () => {
  test("before a language is loaded the pane reads in English, after it in that language", async () => {
    expect(PANE_STRINGS.mk).toBeUndefined();
    expect(paneText("mk", "app.validateNow")).toBe(en["app.validateNow"]);
    await loadPaneStrings("mk");
    expect(paneText("mk", "app.validateNow")).toBe(mk["app.validateNow"]);
  });

  test("Serbian Cyrillic loads the Latin strings and shows them transliterated", async () => {
    await loadLanguage("sr-Cyrl");
    expect(PANE_STRINGS["sr-Latn"]).toBe(srLatn);
    expect(paneText("sr-Cyrl", "app.validateNow")).not.toBe(srLatn["app.validateNow"]);
    expect(paneText("sr-Cyrl", "app.validateNow")).toMatch(/[\u0400-\u04ff]/);
  });

  test("English and the pseudo-locale fetch nothing", async () => {
    const before = Object.keys(PANE_STRINGS).sort();
    await loadLanguage("en");
    await loadLanguage("qps");
    expect(Object.keys(PANE_STRINGS).sort()).toEqual(before);
  });
});

describe("the sheets' labels", () => {
  test("Node has every label file at once, so the synchronous API keeps working", async () => {
    expect(Object.keys(LABEL_DATA).sort()).toEqual(["bs", "cnr", "mk", "sq", "sr-Latn"]);
    await expect(loadLabels("mk")).resolves.toBeUndefined();
  });

  test("the pane's loader fetches one language's file and registers it", async () => {
    const mkLabels = LABEL_DATA.mk;
    delete LABEL_DATA.mk;
    try {
      await loadOneFile("mk");
      // Read through a function: after the delete, TypeScript takes the property for gone.
      const registered = () => LABEL_DATA.mk;
      expect(registered()?.language).toBe(mkLabels?.language);
      expect(registered()?.templates).toEqual(mkLabels?.templates);
    } finally {
      LABEL_DATA.mk = mkLabels;
    }
  });
});
