import { mkdtempSync, rmSync } from "fs";
import os from "os";
import path from "path";
import { Io } from "../../../src/cli/io";
import { runCli } from "../../../src/cli/program";

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

/** Runs a command line in this process, as `midex` would, and captures what it prints. */
export async function midex(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    out: (text) => out.push(text.endsWith("\n") ? text : `${text}\n`),
    err: (text) => err.push(text.endsWith("\n") ? text : `${text}\n`),
    env,
  };
  const code = await runCli(args, io);
  return { code, out: out.join(""), err: err.join("") };
}

export function tempFolder(): { dir: string; file(name: string): string; remove(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "midex-cli-"));
  return {
    dir,
    file: (name) => path.join(dir, name),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
