import { existsSync } from "fs";
import {
  dataCellAddress,
  placeObservations,
  SheetData,
  sheetToObservations,
  withRows,
} from "../../src/core";
import { newSheet, readWorkbook, writeWorkbook } from "../../src/workbook";
import { consistentFigures, observationsOf } from "./support/cube";
import { olderApplicants } from "./support/older-template";
import { midex, tempFolder } from "./support/run";
import { typeInto } from "./support/workbook";

const older = olderApplicants();
const folder = tempFolder();
afterAll(() => folder.remove());

function observationSet(sheet: SheetData): string[] {
  return sheetToObservations(sheet)
    .map((o) => `${JSON.stringify(o.key, Object.keys(o.key).sort())}@${o.period}=${o.value}`)
    .sort();
}

/** A workbook as the 0.9.0 generator wrote it, filled by typing, with a Belgian row added. */
async function olderWorkbook(name: string): Promise<string> {
  const file = folder.file(name);
  const empty = withRows(newSheet(older, "ME", "2026-06"), [{ citizen: "BE" }]);
  await writeWorkbook([empty], file);
  const observations = observationsOf(older, consistentFigures(["SY", "BE"]), "ME", "2026-06");
  const { placements } = placeObservations(
    empty,
    observations.filter((o) => o.key.age !== "Y_LT18")
  );
  await typeInto(
    file,
    "ASYAPPCTZM",
    Object.fromEntries(placements.map((p) => [p.address, p.value]))
  );
  return file;
}

describe("midex migrate", () => {
  it("says a sheet was made with an earlier template version", async () => {
    const file = await olderWorkbook("old-validate.xlsx");
    const result = await midex(["validate", file]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(
      /^WARNING\s+ASYAPPCTZM!D2\s+template-version\s+.*made with template version 0\.9\.0; run midex migrate/m
    );
  });

  it("says it in the command's language, with the command as written", async () => {
    const file = await olderWorkbook("old-validate-mk.xlsx");
    const macedonian = await midex(["--lang", "mk", "validate", file]);
    const cyrillic = await midex(["--lang", "sr-Cyrl", "validate", file]);
    expect(macedonian.out).toMatch(/е направен со верзијата 0\.9\.0 .* midex migrate /);
    expect(cyrillic.out).toMatch(/је направљен верзијом шаблона 0\.9\.0; .* midex migrate /);
  });

  it("writes the workbook in the current version without losing a figure", async () => {
    const file = await olderWorkbook("old.xlsx");
    const output = folder.file("new.xlsx");
    const result = await midex(["migrate", file, "-o", output]);
    expect(result).toMatchObject({ code: 0, err: "" });
    expect(result.out).toContain("ASYAPPCTZM 0.9.0 → 1.0.0");

    const [before] = (await readWorkbook(file)).sheets;
    const [after] = (await readWorkbook(output)).sheets;
    expect(before.template.version).toBe("0.9.0");
    expect(after.template.version).toBe("1.0.0");
    expect(after.layout.colKeys).not.toEqual(before.layout.colKeys);
    expect(observationSet(after)).toEqual(observationSet(before));
    expect(result.out).toContain(`${sheetToObservations(before).length} figures moved`);

    const validated = await midex(["validate", output, "--json"]);
    const ruleIds = JSON.parse(validated.out).findings.map((f: { ruleId: string }) => f.ruleId);
    expect(ruleIds).not.toContain("template-version");
    expect(ruleIds).not.toContain("workbook-stamp");
  });

  it("refuses, writing nothing, when a figure has no cell in the current version", async () => {
    const file = await olderWorkbook("old-stray.xlsx");
    const [sheet] = (await readWorkbook(file)).sheets;
    const row = sheet.layout.firstDataRow + sheet.layout.rowKeys.length + 1;
    await typeInto(file, "ASYAPPCTZM", {
      [`A${row}`]: "ZZ",
      [dataCellAddress(sheet, row - sheet.layout.firstDataRow - 1, 0)]: 4,
    });
    const output = folder.file("never.xlsx");
    const result = await midex(["migrate", file, "-o", output]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(
      /^not placed: ASYAPPCTZM: citizen=ZZ, applicant=TOTAL, sex=T, age=UNK: /m
    );
    expect(result.err).toContain("not migrated");
    expect(existsSync(output)).toBe(false);
  });
});
