import fs from "fs";
import os from "os";
import path from "path";
import { loadTemplates } from "../../src/core/templates/check-templates";
import { loadTemplates as trustTemplates } from "../../src/core/templates/check-templates-trusted";
import { parseCodeList } from "../../src/core/codelists/parse-code-list";
import { parseCodeList as trustCodeList } from "../../src/core/codelists/parse-code-list-trusted";
import { shippedTemplates } from "../../src/core/templates/shipped";
import { shippedCodeLists } from "../../src/core/codelists/shipped";
import { catalogueSummary } from "../../src/core/templates/catalogue-summary";
import { checkCrossRules } from "../../src/core/rules/check-package-rules";
import * as trustedRules from "../../src/core/rules/check-package-rules-trusted";
import { crossRules, periodSumRules } from "../../src/core/rules/package-rules";

// The check webpack.config.js runs before it builds the task pane (which trusts its data).
const { checkShippedData } = require("../../scripts/check-shipped-data") as {
  checkShippedData: (root?: string) => { templates: number; catalogue: unknown };
};

const ROOT = path.join(__dirname, "..", "..");

/** A copy of the core and the shipped data, with one JSON file changed by `tamper`. */
function copyWith(file: string, tamper: (data: Record<string, unknown>) => void): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "midex-shipped-"));
  fs.cpSync(path.join(ROOT, "src", "core"), path.join(root, "src", "core"), { recursive: true });
  fs.cpSync(path.join(ROOT, "templates"), path.join(root, "templates"), { recursive: true });
  const target = path.join(root, "templates", file);
  const data = JSON.parse(fs.readFileSync(target, "utf8"));
  tamper(data);
  fs.writeFileSync(target, JSON.stringify(data));
  return root;
}

describe("the build-time check of the shipped templates and code lists", () => {
  const copies: string[] = [];
  afterAll(() => copies.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

  test("passes the shipped data as it is, and gives the first screen's catalogue", () => {
    const checked = checkShippedData(ROOT);
    expect(checked.templates).toBe(shippedTemplates.length);
    // What the pane's bundle lists is what Node computes from the templates.
    expect(checked.catalogue).toEqual(catalogueSummary());
  });

  test("stops the pane's build on a template naming an unknown dimension, saying which", () => {
    const root = copyWith("ASYAPPCTZM.json", (t) => {
      (t.rules as { dimension?: string }[])[3].dimension = "colour";
    });
    copies.push(root);
    expect(() => checkShippedData(root)).toThrow(/task pane is not built.*ASYAPPCTZM.*colour/);
  });

  test("stops it on a template whose field has the wrong type, naming the field", () => {
    const root = copyWith("DUBDI.json", (t) => {
      t.deadline = { monthsAfterPeriodEnd: "two" };
    });
    copies.push(root);
    expect(() => checkShippedData(root)).toThrow(
      /DUBDI is invalid: deadline\.monthsAfterPeriodEnd/
    );
  });

  test("stops it on a code list with a code that has no label, naming the list", () => {
    const root = copyWith("codelists/sex.json", (list) => {
      (list.codes as { label?: string }[])[0].label = "";
    });
    copies.push(root);
    expect(() => checkShippedData(root)).toThrow(/Code list sex is invalid: codes\.0\.label/);
  });
});

describe("the pane's trusting loaders", () => {
  // They hand the JSON over as it is: right only while the schemas add no defaults or changes.
  test("give the same templates as the checking loader", () => {
    expect([...trustTemplates(shippedTemplates)]).toEqual([...loadTemplates(shippedTemplates)]);
  });

  test("give the same code lists as the checking parser", () => {
    for (const raw of shippedCodeLists) expect(trustCodeList(raw)).toEqual(parseCodeList(raw));
  });

  test("give the same rules between tables as the checking loader, defaults included", () => {
    const raw = crossRules.map((rule) => ({
      ...rule,
      part: { template: rule.part.template },
      whole: rule.whole,
      codes: Object.keys(rule.codes).length > 0 ? rule.codes : undefined,
    }));
    expect(trustedRules.checkCrossRules(raw)).toEqual(checkCrossRules(raw));
    expect(trustedRules.checkPeriodSumRules(periodSumRules)).toEqual(periodSumRules);
  });
});

describe("the check of the rules between tables", () => {
  test("names the rule and the field that is wrong", () => {
    const [first] = crossRules;
    expect(() => checkCrossRules([{ ...first, match: [] }])).toThrow(
      `The cross-table rule ${first.id} is invalid: match:`
    );
  });
});
