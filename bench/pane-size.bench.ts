import { execFileSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import zlib from "zlib";
import { buildSync } from "esbuild";
import { fmt, report } from "./measure";

/**
 * Modules' own code, minified and gzipped, leaving out React, Fluent UI and the `shared` imports
 * (as written in the source): modules the pane loads anyway.
 */
function ownGzippedBytes(root: string, entries: string[], shared: string[]): number {
  const contents = entries.map((entry) => `export * from "./${entry}";`).join("\n");
  const result = buildSync({
    stdin: { contents, resolveDir: root, loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    jsx: "automatic",
    external: ["react", "react/*", "react-dom", "@fluentui/*", ...shared],
  });
  return zlib.gzipSync(result.outputFiles[0].contents).length;
}

/**
 * What the history chart adds to the pane (its own component; the language context it reads is
 * counted with the languages), and what the languages add: the pane's strings, the findings'
 * wording and the sheets' labels in six languages, with the code to pick among them.
 */
export function runPaneAdditionsBench(): void {
  const root = process.cwd();
  const chart = ownGzippedBytes(root, ["src/taskpane/HistoryChart"], ["../core/i18n", "./i18n/*"]);
  report(
    "history chart added to the pane, gzipped",
    `${fmt(chart / 1024, 1)} kB`,
    "≤ 30 kB",
    `${fmt(chart / (30 * 1024), 2)}× the budget`
  );
  const languages = ownGzippedBytes(
    root,
    ["src/core/messages/catalogue", "src/core/i18n/index", "src/taskpane/i18n/LanguagePicker"],
    ["../codelists/registry", "../../core", "./en", "../templates/*"]
  );
  report(
    "languages (pane strings, findings, labels), gzipped",
    `${fmt(languages / 1024, 1)} kB`,
    "reported only"
  );
}

/** The task pane's initial JavaScript, gzipped, against React + ReactDOM alone (the baseline). */
export function runPaneSizeBench(): void {
  const root = process.cwd();
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "midex-pane-"));
  execFileSync(
    path.join(root, "node_modules", ".bin", "webpack"),
    ["--mode", "production", "--output-path", out],
    {
      cwd: root,
      stdio: "pipe",
    }
  );
  const html = fs.readFileSync(path.join(out, "taskpane.html"), "utf8");
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^" >]+)"?/g)]
    .map((m) => m[1])
    .filter((src) => !src.startsWith("http"));
  const gzipped = scripts.reduce(
    (n, src) => n + zlib.gzipSync(fs.readFileSync(path.join(out, src))).length,
    0
  );
  const react = ["react/cjs/react.production.min.js", "react-dom/cjs/react-dom.production.min.js"]
    .map((f) => zlib.gzipSync(fs.readFileSync(path.join(root, "node_modules", f))).length)
    .reduce((a, b) => a + b, 0);
  fs.rmSync(out, { recursive: true, force: true });
  report(
    "task pane initial JS, gzipped",
    `${fmt(gzipped / 1024, 1)} kB (${scripts.length} files; React + ReactDOM alone ${fmt(react / 1024, 1)} kB)`,
    "≤ 150 kB",
    `${fmt(gzipped / react, 1)}× React alone`
  );
  runPaneAdditionsBench();
}
