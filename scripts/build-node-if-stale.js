// Compiles the Node side (CLI, server, core) unless dist/node is newer than every source file.
// The test run calls it once before any test starts, so tests that spawn bin/midex.js never see
// a half-written build.
const { execFileSync } = require("node:child_process");
const { readdirSync, statSync } = require("node:fs");
const path = require("node:path");

const ROOT = path.join(__dirname, "..");
const BUILT = path.join(ROOT, "dist", "node", "src", "cli", "main.js");
const SOURCES = ["src", "templates", "tsconfig.json", "tsconfig.build.json"];

function newest(file) {
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(file).map((name) => newest(path.join(file, name))));
}

function builtAt() {
  try {
    return statSync(BUILT).mtimeMs;
  } catch {
    return 0;
  }
}

function buildNodeIfStale() {
  const sources = Math.max(...SOURCES.map((entry) => newest(path.join(ROOT, entry))));
  if (builtAt() > sources) return;
  const tsc = path.join(ROOT, "node_modules", "typescript", "bin", "tsc");
  execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], {
    cwd: ROOT,
    stdio: "inherit",
  });
}

module.exports = { buildNodeIfStale };

if (require.main === module) buildNodeIfStale();
