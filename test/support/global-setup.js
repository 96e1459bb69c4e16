// Runs once before the test files: the CLI tests spawn bin/midex.js, which needs a fresh build.
const { buildNodeIfStale } = require("../../scripts/build-node-if-stale");

module.exports = async function globalSetup() {
  buildNodeIfStale();
};
