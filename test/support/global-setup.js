// Runs once before the test files. The CLI tests spawn bin/midex.js, which needs a fresh build,
// and the server tests run against a throwaway PostgreSQL as well as SQLite.
const { buildNodeIfStale } = require("../../scripts/build-node-if-stale");
const startTestPostgres = require("./postgres-setup");

module.exports = async function globalSetup() {
  buildNodeIfStale();
  await startTestPostgres();
};
