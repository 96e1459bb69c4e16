// Gives the server tests a throwaway PostgreSQL: workers inherit MIDEX_TEST_DATABASE_URL from here.
// A URL already set is used as it is; without PostgreSQL binaries nothing starts and the
// PostgreSQL variants of the tests report themselves as skipped.
const { startThrowawayPostgres } = require("../../scripts/postgres/throwaway-postgres");

module.exports = async function startTestPostgres() {
  if (process.env.MIDEX_TEST_DATABASE_URL || process.env.MIDEX_SKIP_POSTGRES_TESTS === "1") return;
  const postgres = await startThrowawayPostgres();
  if (!postgres) return;
  process.env.MIDEX_TEST_DATABASE_URL = postgres.url;
  globalThis.__MIDEX_TEST_POSTGRES__ = postgres;
  // A run that ends abruptly must not leave the cluster behind.
  process.on("exit", postgres.stop);
};
