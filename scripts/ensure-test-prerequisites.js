#!/usr/bin/env node
// First step of `npm test`: the system programs the tests use.
// - Debian's Chromium, which the browser tests drive through playwright-core (Playwright's own
//   browser download does not work on our build machines);
// - a PostgreSQL server, which the server tests start on 127.0.0.1 in a throwaway cluster so the
//   exchange is tested on PostgreSQL as well as SQLite.
// Installs what is missing when it can (root on Debian), otherwise says exactly what to run.
// MIDEX_SKIP_BROWSER_TESTS=1 and MIDEX_SKIP_POSTGRES_TESTS=1 skip a part; its tests skip themselves.
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");

const PREREQUISITES = [
  {
    name: "Chromium",
    why: "the browser tests",
    package: "chromium",
    skip: "MIDEX_SKIP_BROWSER_TESTS",
    present: () => fs.existsSync("/usr/bin/chromium"),
  },
  {
    name: "PostgreSQL",
    why: "the exchange's PostgreSQL tests",
    package: "postgresql",
    skip: "MIDEX_SKIP_POSTGRES_TESTS",
    present: () =>
      fs.existsSync("/usr/lib/postgresql") &&
      fs
        .readdirSync("/usr/lib/postgresql")
        .some((v) => fs.existsSync(`/usr/lib/postgresql/${v}/bin/initdb`)),
  },
];

function run(command, args) {
  return spawnSync(command, args, { stdio: "inherit" }).status === 0;
}

function fail(lines) {
  console.error(lines.join("\n"));
  process.exit(1);
}

function main() {
  const missing = PREREQUISITES.filter((p) => process.env[p.skip] !== "1" && !p.present());
  if (missing.length === 0) return;

  const packages = missing.map((p) => p.package);
  const install = ["apt-get", "install", "-y", "--no-install-recommends", ...packages];
  const debian = fs.existsSync("/etc/debian_version");
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  const names = missing.map((p) => `${p.name} (for ${p.why})`).join(" and ");
  const skips = missing.map((p) => `${p.skip}=1`).join(" ");
  if (!debian || !root) {
    fail([
      `The tests need ${names}, which is not installed.`,
      debian
        ? `Install it with:\n  sudo apt-get update && sudo ${install.join(" ")}`
        : `Install your system's ${packages.join(" and ")} package.`,
      `Or skip those tests with: ${skips} npm test`,
    ]);
  }

  console.log(`Installing ${names} with apt-get.`);
  if (!run("apt-get", ["update"]) || !run(install[0], install.slice(1))) {
    fail([
      "Installing with apt-get failed (see the messages above).",
      `Fix the package sources or the network, or skip those tests with: ${skips} npm test`,
    ]);
  }
  const still = missing.filter((p) => !p.present());
  if (still.length > 0)
    fail([`apt-get finished, but ${still.map((p) => p.name).join(", ")} is still missing.`]);
}

main();
