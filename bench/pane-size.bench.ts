import { execFileSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import zlib from "zlib";
import { fmt, report } from "./measure";

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
}
