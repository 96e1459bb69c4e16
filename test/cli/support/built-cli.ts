import { execFileSync, spawn, SpawnOptions } from "child_process";
import { readdirSync, statSync } from "fs";
import path from "path";

const ROOT = path.resolve(__dirname, "../../..");
const BIN = path.join(ROOT, "bin/midex.js");
const BUILT = path.join(ROOT, "dist/node/src/cli/main.js");
const SOURCES = ["src/cli", "src/workbook", "src/core", "src/server", "src/client", "templates"];

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const time = entry.isDirectory() ? newest(full) : statSync(full).mtimeMs;
    latest = Math.max(latest, time);
  }
  return latest;
}

/**
 * Builds the CLI as `npm run build:node` does, unless dist is newer than every source file. Only
 * one test file calls this, so parallel test workers never build at the same time.
 */
export function ensureBuilt(): void {
  const built = (() => {
    try {
      return statSync(BUILT).mtimeMs;
    } catch {
      return 0;
    }
  })();
  const sources = Math.max(...SOURCES.map((dir) => newest(path.join(ROOT, dir))));
  if (built > sources) return;
  const tsc = path.join(ROOT, "node_modules/typescript/bin/tsc");
  try {
    execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], {
      cwd: ROOT,
      stdio: "pipe",
    });
  } catch (error) {
    const output = String((error as { stdout?: Buffer }).stdout ?? "");
    throw new Error(`npm run build:node failed, so bin/midex.js cannot run:\n${output}`);
  }
}

export interface Spawned {
  code: number | null;
  out: string;
  err: string;
}

/** Runs `node bin/midex.js …` as a user's shell would and waits for it to end. */
export function runBin(args: string[], options: SpawnOptions = {}): Promise<Spawned> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, ...options });
    let out = "";
    let err = "";
    child.stdout!.on("data", (chunk) => (out += chunk));
    child.stderr!.on("data", (chunk) => (err += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, out, err }));
  });
}

export function startBin(args: string[]) {
  return spawn(process.execPath, [BIN, ...args], { cwd: ROOT });
}
