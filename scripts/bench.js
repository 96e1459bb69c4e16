#!/usr/bin/env node
// `npm run bench`: bundles bench/main.ts with esbuild (Node packages left external) and runs it.
// A benchmark, not a test: it prints figures and ratios and asserts nothing.
const { buildSync } = require("esbuild");
const path = require("node:path");

const root = path.join(__dirname, "..");
// Written inside the project so that the bundle resolves node_modules like the sources do.
const out = path.join(root, "dist", "bench", "bench.js");
buildSync({
  entryPoints: [path.join(root, "bench", "main.ts")],
  bundle: true,
  platform: "node",
  target: "node20",
  packages: "external",
  outfile: out,
  logLevel: "warning",
});
require(out);
