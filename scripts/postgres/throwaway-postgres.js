// A PostgreSQL cluster that lives only for one test run: created in a fresh temporary folder,
// listening on 127.0.0.1 alone (its socket in that folder), and deleted again when stopped.
const { execFileSync } = require("node:child_process");
const { randomBytes } = require("node:crypto");
const fs = require("node:fs");
const net = require("node:net");
const os = require("node:os");
const path = require("node:path");

const SYSTEM_USER = "postgres";
const DATABASE = "midex_test";

/** The newest folder holding both initdb and pg_ctl, or undefined when PostgreSQL is absent. */
function findBinaries() {
  const hasTools = (dir) =>
    fs.existsSync(path.join(dir, "initdb")) && fs.existsSync(path.join(dir, "pg_ctl"));
  const candidates = [];
  if (process.env.PG_BIN) candidates.push(process.env.PG_BIN);
  const root = "/usr/lib/postgresql";
  if (fs.existsSync(root)) {
    const versions = fs
      .readdirSync(root)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => path.join(root, v, "bin")));
  }
  candidates.push(...(process.env.PATH ?? "").split(path.delimiter).filter(Boolean));
  return candidates.find(hasTools);
}

function isRoot() {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

/** initdb refuses to run as root, so as root the cluster belongs to the postgres system user. */
function ensureSystemUser() {
  try {
    execFileSync("id", ["-u", SYSTEM_USER], { stdio: "ignore" });
  } catch {
    execFileSync("useradd", ["--system", "--no-create-home", SYSTEM_USER], { stdio: "ignore" });
  }
  const uid = Number(execFileSync("id", ["-u", SYSTEM_USER]).toString().trim());
  const gid = Number(execFileSync("id", ["-g", SYSTEM_USER]).toString().trim());
  return { uid, gid };
}

function runAsOwner(command, args, owner) {
  const options = { stdio: ["ignore", "pipe", "pipe"] };
  try {
    if (!owner) return execFileSync(command, args, options);
    return execFileSync("runuser", ["-u", SYSTEM_USER, "--", command, ...args], options);
  } catch (error) {
    const output = `${error.stdout ?? ""}${error.stderr ?? ""}`.trim();
    throw new Error(`${path.basename(command)} failed: ${output || error.message}`);
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function createDatabase(adminUrl) {
  const { Client } = require("pg");
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
}

/**
 * Starts a throwaway cluster and creates one database in it. Resolves to
 * `{url, stop}`, or to undefined when no PostgreSQL binaries are installed.
 */
async function startThrowawayPostgres() {
  const bin = findBinaries();
  if (!bin) return undefined;

  const owner = isRoot() ? ensureSystemUser() : undefined;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "midex-pg-"));
  const data = path.join(dir, "data");
  const passwordFile = path.join(dir, "password");
  const password = randomBytes(18).toString("base64url");
  fs.writeFileSync(passwordFile, password, { mode: 0o600 });
  if (owner) {
    fs.chownSync(dir, owner.uid, owner.gid);
    fs.chownSync(passwordFile, owner.uid, owner.gid);
  }

  let started = false;
  const stop = () => {
    if (started) {
      started = false;
      try {
        runAsOwner(path.join(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"], owner);
      } catch {
        // The server may already be gone; the folder is removed either way.
      }
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };

  try {
    runAsOwner(
      path.join(bin, "initdb"),
      [
        "-D",
        data,
        "--username=postgres",
        "--auth=scram-sha-256",
        `--pwfile=${passwordFile}`,
        "--encoding=UTF8",
        "--no-locale",
      ],
      owner
    );
    fs.rmSync(passwordFile);
    const port = await freePort();
    // Durability is pointless for a cluster deleted after the run, and costs seconds per test file.
    const serverOptions = [
      "-c listen_addresses=127.0.0.1",
      `-p ${port}`,
      `-c unix_socket_directories=${dir}`,
      "-c fsync=off",
      "-c synchronous_commit=off",
      "-c full_page_writes=off",
      // Every test opens its own pools, and jest runs test files side by side.
      "-c max_connections=400",
    ].join(" ");
    runAsOwner(
      path.join(bin, "pg_ctl"),
      ["-D", data, "-o", serverOptions, "-l", path.join(dir, "server.log"), "-w", "start"],
      owner
    );
    started = true;
    const base = `postgres://postgres:${password}@127.0.0.1:${port}`;
    await createDatabase(`${base}/postgres`);
    return { url: `${base}/${DATABASE}`, stop };
  } catch (error) {
    stop();
    throw error;
  }
}

module.exports = { startThrowawayPostgres, findBinaries };
