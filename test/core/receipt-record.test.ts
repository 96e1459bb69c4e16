import { recordsFromXml, recordsToXml, SavedJustification } from "../../src/core";

const SHEET = "ASYAPPCTZM";

function saved(text: string): SavedJustification {
  return { sheet: SHEET, ruleId: "plausibility", key: "citizen=SY;sex=F", text };
}

function roundTrip(text: string): string | undefined {
  const xml = recordsToXml({ receipts: [], justifications: [saved(text)] });
  return recordsFromXml(xml).justifications[0]?.text;
}

/** The characters XML 1.0 allows (https://www.w3.org/TR/xml/#charsets), tested by code unit. */
function allowedInXml(xml: string): boolean {
  for (const character of xml) {
    const code = character.codePointAt(0)!;
    const allowed =
      code === 0x9 ||
      code === 0xa ||
      code === 0xd ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      code >= 0x10000;
    if (!allowed) return false;
  }
  return true;
}

describe("the workbook's submission records part", () => {
  test.each([
    "R&amp;D office; see &lt;annex&gt;",
    "&#38; is an ampersand written as a reference",
    "&quot;quoted&quot; and &apos;apostrophes&apos; as written",
    "&#x26;lt; and &unknown; stay as typed",
    'A <b>bus</b> of 40 & "more", it\'s right',
    "Tabs\tand\nlines\r\nkept",
    "Spuž, Тузи, Shkodër, 😀 and 𝔘",
  ])("keeps a justification's text exactly as written: %j", (text) => {
    expect(roundTrip(text)).toBe(text);
  });

  test("keeps a reviewer's comment exactly as written", () => {
    const receipt = {
      sheet: SHEET,
      templateId: SHEET,
      templateVersion: "1.0",
      country: "ME",
      period: "2026-06",
      submissionId: "s-1",
      version: 1,
      receivedAt: "2026-07-01T10:00:00Z",
      sha256: "ab".repeat(32),
      observations: 96,
      status: "returned",
      reviewComment: "Check R&amp;D's row &lt;SY&gt;",
    };
    const xml = recordsToXml({ receipts: [receipt], justifications: [] });
    expect(recordsFromXml(xml).receipts).toEqual([receipt]);
  });

  test.each([
    ["a lone high surrogate", "ok \ud800 x"],
    ["a lone low surrogate", "ok \udc00 x"],
    ["U+FFFE", "checked \ufffe twice"],
    ["U+FFFF", "checked \uffff twice"],
    ["a control character", "bell \u0007 and nul \u0000"],
  ])("never writes a character XML 1.0 forbids (%s), even if one reaches it", (_, text) => {
    const xml = recordsToXml({ receipts: [], justifications: [saved(text)] });
    expect(allowedInXml(xml)).toBe(true);
    expect(xml).not.toMatch(/&#(0|7|65534|65535|5529[6-9]|56320);/);
    expect(roundTrip(text)).toMatch(/^(ok|checked|bell) \ufffd/);
  });

  test("keeps a surrogate pair, which is one character", () => {
    const xml = recordsToXml({ receipts: [], justifications: [saved("bus 🚌 of 40")] });
    expect(allowedInXml(xml)).toBe(true);
    expect(xml).toContain("🚌");
  });
});
