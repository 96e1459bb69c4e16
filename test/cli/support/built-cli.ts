import { spawn, SpawnOptions } from "child_process";
import path from "path";

const ROOT = path.resolve(__dirname, "../../..");
/** bin/midex.js runs the build that the test run makes once, before any test starts. */
const BIN = path.join(ROOT, "bin/midex.js");
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
