// Stops and deletes the cluster postgres-setup.js started, if it started one.
module.exports = async function stopTestPostgres() {
  const postgres = globalThis.__MIDEX_TEST_POSTGRES__;
  if (!postgres) return;
  postgres.stop();
  process.off("exit", postgres.stop);
  delete globalThis.__MIDEX_TEST_POSTGRES__;
  delete process.env.MIDEX_TEST_DATABASE_URL;
};
