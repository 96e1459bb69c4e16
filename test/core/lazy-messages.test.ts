import { loadMessages, render } from "../../src/core/messages/catalogue";

// As in the task pane's build (webpack.config.js): the translations are fetched on demand.
jest.mock("../../src/core/messages/shipped-messages", () =>
  jest.requireActual("../../src/core/messages/shipped-messages-lazy")
);

describe("the findings' wording in the task pane", () => {
  const params = { cell: "B12", value: -3 };

  test("is English until the language is loaded, then in that language", async () => {
    const english = render("value.negative", params, "en");
    expect(render("value.negative", params, "sr-Latn")).toBe(english);
    await loadMessages("sr-Latn");
    expect(render("value.negative", params, "sr-Latn")).toContain("negativan broj");
  });

  test("loads Cyrillic Serbian on its own", async () => {
    await loadMessages("sr-Cyrl");
    expect(render("value.negative", params, "sr-Cyrl-RS")).toContain("негативан број");
  });

  test("leaves languages not asked for unfetched", () => {
    expect(render("value.negative", params, "mk")).toBe(render("value.negative", params, "en"));
  });
});
