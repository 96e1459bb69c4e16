#!/usr/bin/env node
// Checks the shipped templates, code lists and cross-table rules exactly as Node does when the core loads: the zod
// schemas, every code against its list. The task pane trusts the data in its bundle instead of
// parsing it on every start, so webpack.config.js runs this before it builds the pane and a
// tampered template fails the build, naming the template and the field.
// Run alone: `node scripts/check-shipped-data.js [project root]`.
const { buildSync } = require("esbuild");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

/**
 * Bundles the Node side's loading code from `root` (its sources and templates) and runs it.
 * Returns how many templates passed, and the catalogue's summary that the pane's first screen
 * lists (see src/taskpane/catalogue-data.ts).
 */
function checkShippedData(root = path.join(__dirname, "..")) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "midex-check-"));
  const outfile = path.join(dir, "check.js");
  try {
    buildSync({
      stdin: {
        contents: [
          'import { allTemplates } from "./src/core/templates/catalogue";',
          'import { codeLists } from "./src/core/codelists/registry";',
          'import { findTemplateVersion } from "./src/core/templates/history";',
          // The rules between tables are checked when their module loads.
          'import { crossRules } from "./src/core/rules/package-rules";',
          'import { catalogueSummary } from "./src/core/templates/catalogue-summary";',
          // Registers (and so checks) the earlier template versions kept for migration.
          'findTemplateVersion("");',
          "export const checked = { templates: allTemplates().length, codeLists, crossRules };",
          "export const catalogue = catalogueSummary();",
        ].join("\n"),
        resolveDir: root,
        loader: "ts",
      },
      bundle: true,
      platform: "node",
      target: "node20",
      format: "cjs",
      // zod is loaded from the project, as the CLI and server load it.
      nodePaths: [path.join(root, "node_modules"), path.join(__dirname, "..", "node_modules")],
      outfile,
      logLevel: "silent",
    });
    try {
      const loaded = require(outfile);
      return { templates: loaded.checked.templates, catalogue: loaded.catalogue };
    } catch (error) {
      throw new Error(
        `The shipped data is invalid, so the task pane is not built. ${error.message}`
      );
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { checkShippedData };

if (require.main === module) {
  try {
    const { templates } = checkShippedData(process.argv[2] && path.resolve(process.argv[2]));
    console.log(`shipped data: ${templates} templates, their code lists and rules are valid`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
