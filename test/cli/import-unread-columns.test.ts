import { writeFileSync } from "fs";
import { getTemplate, writeSdmxCsv } from "../../src/core";
import { consistentFigures, observationsOf } from "./support/cube";
import { midex, tempFolder } from "./support/run";

const template = getTemplate("ASYAPPCTZM");
const folder = tempFolder();
afterAll(() => folder.remove());

/** Syria's figures with an extra column `column`, holding `value` on each line. */
function dataWithColumn(name: string, column: string, value: (line: number) => string): string {
  const observations = observationsOf(template, consistentFigures(["SY"]), "ME", "2026-06");
  const [head, ...lines] = writeSdmxCsv(template, observations).trimEnd().split("\n");
  const file = folder.file(name);
  const body = lines.map((line, i) => `${line},${value(i)}`);
  writeFileSync(file, [`${head},${column}`, ...body].join("\n") + "\n");
  return file;
}

async function newWorkbook(name: string): Promise<string> {
  const file = folder.file(name);
  const args = ["template", "ASYAPPCTZM", "--country", "ME", "--period", "2026-06", "-o", file];
  expect((await midex(args)).code).toBe(0);
  return file;
}

const count = (text: string, part: string) => text.split(part).length - 1;

describe("midex import of a file with a column it does not read", () => {
  it("says once that the column was not read, and still succeeds (exit 0)", async () => {
    const data = dataWithColumn("conf.csv", "CONF_STATUS", () => "F");
    const file = await newWorkbook("conf.xlsx");
    const result = await midex(["import", data, "--into", file]);
    expect(result.code).toBe(0);
    const said =
      `Not read: column "CONF_STATUS" (column 14 of ${data}); midex has no place for it, so ` +
      "its values are not imported.";
    expect(result.out).toContain(said);
    expect(count(result.out, "Not read")).toBe(1);
    expect(result.out).toMatch(/Placed \d+ of \d+/);
  });

  it("suggests COMMENT_OBS for a column named like it, and counts its comments as lost (exit 1)", async () => {
    const data = dataWithColumn("obs-comment.csv", "OBS_COMMENT", (i) =>
      i < 3 ? "Bus of 40" : ""
    );
    const file = await newWorkbook("obs-comment.xlsx");
    const result = await midex(["import", data, "--into", file]);
    expect(result.code).toBe(1);
    expect(result.out).toContain(
      `Not read: column "OBS_COMMENT" (column 14 of ${data}). If it holds comments that ` +
        "justify figures, name it COMMENT_OBS, the column midex reads them from, and import again."
    );
    expect(count(result.out, "OBS_COMMENT")).toBe(1);
  });

  it("says it in the language", async () => {
    const data = dataWithColumn("note.csv", "NOTE", () => "x");
    const file = await newWorkbook("note.xlsx");
    const result = await midex(["--lang", "mk", "import", data, "--into", file]);
    expect(result.out).toContain(`Не е прочитано: колоната „NOTE“ (колона 14 од ${data}).`);
    expect(result.out).toContain("наречете ја COMMENT_OBS");
  });

  it("says nothing of the columns it reads, nor of an empty column after a trailing comma", async () => {
    const data = dataWithColumn("trailing.csv", "", () => "");
    const file = await newWorkbook("trailing.xlsx");
    const result = await midex(["import", data, "--into", file]);
    expect(result.code).toBe(0);
    expect(result.out).not.toContain("Not read");
  });
});
