import { buildSync } from "esbuild";
import { join } from "path";
import { runInNewContext } from "vm";

describe("browser bundle", () => {
  test("bundles as an IIFE without Node built-ins and exposes window.__fakeExcel", async () => {
    const result = buildSync({
      entryPoints: [join(__dirname, "browser-entry.ts")],
      bundle: true,
      format: "iife",
      platform: "browser",
      write: false,
    });
    const code = result.outputFiles[0].text;
    expect(code).not.toMatch(/require\(["'](fs|path|vm|os)["']\)/);

    const window: Record<string, any> = { setTimeout, Promise };
    window.window = window;
    runInNewContext(code, window);
    const host = window.__fakeExcel;
    expect(host.sheetNames()).toEqual(["Sheet1"]);

    await window.Excel.run(async (ctx: any) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      await ctx.sync();
    });
    await host.user.edit("Sheet1", "A2", "=A1+1");
    expect(host.cell("Sheet1", "A2").value).toBe(2);
  });
});
