import { LANGUAGES } from "../../src/core/i18n";
import { SHIPPED_MESSAGES } from "../../src/core/messages/shipped-messages";
import * as lazy from "../../src/core/messages/shipped-messages-lazy";

// The task pane fetches each language's wording of the findings when it first needs it
// (webpack.config.js swaps in shipped-messages-lazy.ts); Node holds them all from the start.
describe("the findings' wording fetched per language", () => {
  const translated = LANGUAGES.filter((l) => l !== "en");

  test("starts with no translation in the pane", () => {
    expect(lazy.SHIPPED_MESSAGES).toEqual({});
  });

  test.each(translated)("fetches the same %s wording Node holds", async (language) => {
    const fetched = await lazy.fetchMessages(language);
    const held = SHIPPED_MESSAGES[language];
    expect(held).toBeDefined();
    expect(Object.keys(fetched ?? {}).sort()).toEqual(Object.keys(held ?? {}).sort());
    const params = { cell: "B12", value: -3 };
    expect(fetched?.["value.negative"]?.(params)).toBe(held?.["value.negative"]?.(params));
  });

  test("fetches nothing for English, which is always there", async () => {
    await expect(lazy.fetchMessages("en")).resolves.toBeUndefined();
  });
});
