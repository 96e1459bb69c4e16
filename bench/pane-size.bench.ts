import { execFileSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import zlib from "zlib";
import { buildSync } from "esbuild";
import { LANGUAGES } from "../src/core/i18n";
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

const gzippedSize = (file: string) => zlib.gzipSync(fs.readFileSync(file)).length;

/**
 * The language chunks a pane opening in `language` fetches before its first render: its strings,
 * the findings' wording (Cyrillic has its own) and the sheets' labels.
 */
function languageChunks(files: string[], language: string): string[] {
  const file = language === "sr-Cyrl" ? "sr-Latn" : language;
  const names = [`pane-${file}.`, `messages-${language}.`, `labels-${file}-json.`];
  return files.filter((f) => names.some((name) => f.startsWith(name)));
}

/**
 * The task pane's initial JavaScript, gzipped: the scripts taskpane.html names plus the chunks
 * fetched before the first render (the language's words, none for English; src/taskpane/index.tsx
 * waits for them). Every other chunk is lazy: fetched when a panel, a language or the dark theme
 * is first needed. Against React + ReactDOM alone (the baseline).
 */
export function runPaneSizeBench(): void {
  const root = process.cwd();
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "midex-pane-"));
  execFileSync(
    path.join(root, "node_modules", ".bin", "webpack"),
    ["--mode", "production", "--output-path", out],
    { cwd: root, stdio: "pipe" }
  );
  const html = fs.readFileSync(path.join(out, "taskpane.html"), "utf8");
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^" >]+)"?/g)]
    .map((m) => m[1])
    .filter((src) => !src.startsWith("http"));
  const chunks = fs.readdirSync(out).filter((f) => f.endsWith(".js") && !scripts.includes(f));
  const size = (files: string[]) => files.reduce((n, f) => n + gzippedSize(path.join(out, f)), 0);
  const initial = size(scripts);
  const lazy = size(chunks);
  const react = ["react/cjs/react.production.min.js", "react-dom/cjs/react-dom.production.min.js"]
    .map((f) => gzippedSize(path.join(root, "node_modules", f)))
    .reduce((a, b) => a + b, 0);
  const perLanguage = LANGUAGES.map((l) => ({ l, extra: size(languageChunks(chunks, l)) }));
  const heaviest = perLanguage.reduce((a, b) => (b.extra > a.extra ? b : a));
  const kB = (bytes: number) => `${fmt(bytes / 1024, 1)} kB`;
  const each = (files: string[]) => files.map((f) => `${f.split(".")[0]} ${kB(size([f]))}`);
  const initialParts = each(scripts).join(" + ");
  const lazyParts = each(chunks).join(", ");
  fs.rmSync(out, { recursive: true, force: true });

  report(
    "task pane initial JS, gzipped (English)",
    `${kB(initial)} (${initialParts}; ` + `React + ReactDOM alone ${kB(react)})`,
    "≤ 150 kB",
    `${fmt(initial / react, 1)}× React alone`
  );
  report(
    "task pane initial JS in the heaviest language, gzipped",
    `${kB(initial + heaviest.extra)} (${heaviest.l}: + ${kB(heaviest.extra)} of its words)`,
    "≤ 150 kB",
    `${fmt((initial + heaviest.extra) / react, 1)}× React alone`
  );
  report(
    "task pane lazy chunks, gzipped",
    `${kB(lazy)} in ${chunks.length} files (${lazyParts})`,
    "reported only"
  );
  runPaneAdditionsBench();
}
