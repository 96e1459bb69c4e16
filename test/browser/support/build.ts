import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { buildSync } from "esbuild";

const ROOT = join(__dirname, "..", "..", "..");

/** Builds the production pane, as shipped, into `outputDir`. */
export async function buildPane(outputDir: string): Promise<void> {
  const webpack = join(ROOT, "node_modules", ".bin", "webpack");
  await promisify(execFile)(webpack, ["--mode", "production", "--output-path", outputDir], {
    cwd: ROOT,
    maxBuffer: 16 * 1024 * 1024,
  });
}

/** The fake Excel as one script that installs `Office`/`Excel` and `window.__fakeExcel`. */
export function fakeExcelScript(): string {
  const result = buildSync({
    entryPoints: [join(ROOT, "test", "fake-excel", "browser-entry.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    write: false,
  });
  return result.outputFiles[0].text;
}
