#!/usr/bin/env node
// First step of `npm test`: the browser tests drive Debian's Chromium through playwright-core
// (Playwright's own browser download does not work on our build machines). Installs it when
// possible, otherwise says exactly what to run. MIDEX_SKIP_BROWSER_TESTS=1 skips all of this and
// the browser tests skip themselves.
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");

const CHROMIUM = "/usr/bin/chromium";
const INSTALL = ["apt-get", "install", "-y", "--no-install-recommends", "chromium"];

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit" });
  return result.status === 0;
}

function fail(lines) {
  console.error(lines.join("\n"));
  process.exit(1);
}

function main() {
  if (process.env.MIDEX_SKIP_BROWSER_TESTS === "1" || fs.existsSync(CHROMIUM)) {
    return;
  }

  const debian = fs.existsSync("/etc/debian_version");
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  if (!debian || !root) {
    fail([
      `The browser tests need Chromium at ${CHROMIUM}, and it is not installed.`,
      debian
        ? `Install it with:\n  sudo apt-get update && sudo ${INSTALL.join(" ")}`
        : "Install your system's Chromium package so that it provides that path.",
      "Or skip the browser tests with MIDEX_SKIP_BROWSER_TESTS=1 npm test",
    ]);
  }

  console.log(`Chromium is missing; installing it with apt-get (needed by the browser tests).`);
  if (!run("apt-get", ["update"]) || !run(INSTALL[0], INSTALL.slice(1))) {
    fail([
      "Installing Chromium with apt-get failed (see the messages above).",
      "Fix the package sources or the network, or skip the browser tests with",
      "  MIDEX_SKIP_BROWSER_TESTS=1 npm test",
    ]);
  }
  if (!fs.existsSync(CHROMIUM)) {
    fail([`apt-get finished, but ${CHROMIUM} still does not exist.`]);
  }
}

main();
