import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildSync } from "esbuild";

const ROOT = join(__dirname, "..", "..", "..");

function bundle(entry: string): string {
  const result = buildSync({
    entryPoints: [join(__dirname, entry)],
    bundle: true,
    format: "iife",
    platform: "browser",
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"' },
    write: false,
    absWorkingDir: ROOT,
  });
  return result.outputFiles[0].text;
}

/** The fake Office reporting `window.__officeLanguage` as Office's display language. */
export function fakeOfficeScript(): string {
  return bundle("office-in-language.ts");
}

/** Writes warned.html (the pane with a plausibility warning at F14) into the built pane folder. */
export function writeWarnedPane(paneDir: string): void {
  writeFileSync(join(paneDir, "warned.js"), bundle("warned-pane.tsx"));
  writeFileSync(
    join(paneDir, "warned.html"),
    '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
      '<meta name="viewport" content="width=device-width, initial-scale=1">' +
      "<title>WB-MIDEX (warned cell)</title>" +
      '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>' +
      '</head><body><div id="root"></div><script src="warned.js"></script></body></html>'
  );
}
