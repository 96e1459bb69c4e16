import { existsSync, readFileSync } from "fs";
import path from "path";

/**
 * The version in the project's package.json, found by walking up from this file: it sits two
 * folders up in the sources and four in the build, so no fixed relative path fits both.
 */
export function midexVersion(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const file = path.join(dir, "package.json");
    if (existsSync(file)) {
      const { version } = JSON.parse(readFileSync(file, "utf8")) as { version?: string };
      if (version) return version;
    }
    if (path.dirname(dir) === dir) return "unknown";
  }
}
