#!/usr/bin/env node
// Starts a throwaway PostgreSQL on 127.0.0.1 and either checks that it answers (no arguments) or
// runs the given command with MIDEX_TEST_DATABASE_URL set, then stops and deletes the cluster:
//   node scripts/test-postgres.js
//   node scripts/test-postgres.js npx jest test/server
const { spawnSync } = require("node:child_process");
const { startThrowawayPostgres } = require("./postgres/throwaway-postgres");

async function check(url) {
  const { Client } = require("pg");
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query("SHOW server_version");
    return rows[0].server_version;
  } finally {
    await client.end();
  }
}

async function main() {
  const postgres = await startThrowawayPostgres();
  if (!postgres) {
    process.stderr.write(
      "No PostgreSQL binaries (initdb, pg_ctl) found in /usr/lib/postgresql/*/bin, PG_BIN or " +
        "PATH; install the postgresql package to run the PostgreSQL tests.\n"
    );
    return 1;
  }
  const stop = () => postgres.stop();
  process.on("exit", stop);
  try {
    const [command, ...args] = process.argv.slice(2);
    if (!command) {
      const version = await check(postgres.url);
      const shown = postgres.url.replace(/:[^:@/]+@/, ":***@");
      process.stdout.write(`PostgreSQL ${version} answered at ${shown}; stopped and deleted.\n`);
      return 0;
    }
    const run = spawnSync(command, args, {
      stdio: "inherit",
      env: { ...process.env, MIDEX_TEST_DATABASE_URL: postgres.url },
    });
    return run.status ?? 1;
  } finally {
    stop();
    process.off("exit", stop);
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`${error.stack ?? error}\n`);
    process.exitCode = 1;
  }
);
