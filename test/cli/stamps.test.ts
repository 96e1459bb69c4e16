import { readFileSync, writeFileSync } from "fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { STAMP_NAMESPACE, STAMP_SHEET } from "../../src/core";
import { buildTemplateWorkbook, readWorkbook } from "../../src/workbook";
import { getTemplate } from "../../src/core";
import { midex, tempFolder } from "./support/run";
import { typeInto } from "./support/workbook";

const folder = tempFolder();
afterAll(() => folder.remove());

async function newWorkbook(name: string): Promise<string> {
  const file = folder.file(name);
  const args = ["template", "ASYAPPCTZM", "--country", "ME", "--period", "2026-06", "-o", file];
  expect((await midex(args)).code).toBe(0);
  return file;
}

async function zipOf(file: string): Promise<JSZip> {
  return JSZip.loadAsync(readFileSync(file));
}

async function part(file: string, name: string): Promise<string> {
  return (await zipOf(file)).file(name)!.async("string");
}

describe("workbook stamps", () => {
  it("stores the stamp as a custom XML part related from the workbook part", async () => {
    const file = await newWorkbook("parts.xlsx");
    expect(await part(file, "customXml/item1.xml")).toContain(`xmlns="${STAMP_NAMESPACE}"`);
    const props = await part(file, "customXml/itemProps1.xml");
    expect(props).toMatch(/ds:itemID="\{[0-9A-F-]{36}\}"/);
    expect(props).toContain(`<ds:schemaRef ds:uri="${STAMP_NAMESPACE}"/>`);
    expect(await part(file, "customXml/_rels/item1.xml.rels")).toContain('Target="itemProps1.xml"');
    expect(await part(file, "xl/_rels/workbook.xml.rels")).toMatch(
      /relationships\/customXml" Target="\.\.\/customXml\/item1\.xml"/
    );
    expect(await part(file, "[Content_Types].xml")).toContain(
      '<Override PartName="/customXml/itemProps1.xml" ' +
        'ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>'
    );
    const { stamps } = await readWorkbook(file);
    expect(stamps.xml).toEqual([
      {
        sheet: "ASYAPPCTZM",
        templateId: "ASYAPPCTZM",
        templateVersion: getTemplate("ASYAPPCTZM").version,
        country: "ME",
        period: "2026-06",
      },
    ]);
    expect(stamps.grid).toEqual(stamps.xml);
  });

  it("reports a changed stamp sheet as an error (exit 1), the sheet being the one that agrees", async () => {
    const file = await newWorkbook("meta-changed.xlsx");
    await typeInto(file, STAMP_SHEET, { E2: "2026-07" });
    const result = await midex(["validate", file, "--json"]);
    expect(result.code).toBe(1);
    const [finding] = JSON.parse(result.out).findings;
    expect(finding).toMatchObject({
      ruleId: "workbook-stamp",
      severity: "error",
      messageId: "stamp.recordChanged",
      params: { field: "period", recorded: "2026-07", found: "2026-06", cell: "B4" },
    });
  });

  it("reports a changed custom XML part, and a sheet whose country was retyped (exit 1)", async () => {
    const file = await newWorkbook("xml-changed.xlsx");
    const zip = await zipOf(file);
    const xml = await zip.file("customXml/item1.xml")!.async("string");
    zip.file("customXml/item1.xml", xml.replace('country="ME"', 'country="RS"'));
    writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
    const changedXml = await midex(["validate", file]);
    expect(changedXml.code).toBe(1);
    expect(changedXml.out).toMatch(
      /ERROR\s+ASYAPPCTZM!B2\s+workbook-stamp\s+.*reporting country "RS", the other "ME"/
    );

    const retyped = await newWorkbook("country-retyped.xlsx");
    await typeInto(retyped, "ASYAPPCTZM", { B3: "AL" });
    const result = await midex(["validate", retyped]);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(
      /^ERROR\s+ASYAPPCTZM!B3\s+workbook-stamp\s+Sheet "ASYAPPCTZM": the reporting country in B3 is "AL", but the sheet was made for "ME"\. Type "ME" back into B3\./m
    );
  });

  it("warns, without an error, about a workbook saved by a program that drops the XML part", async () => {
    const file = await newWorkbook("resaved.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    await workbook.xlsx.writeFile(file);
    expect((await readWorkbook(file)).stamps.xml).toBeUndefined();

    const result = await midex(["validate", file]);
    expect(result.code).toBe(0);
    const [warning] = result.out.split("\n");
    expect(warning).toMatch(/^WARNING\s+ASYAPPCTZM!B2\s+workbook-stamp\s+/);
    expect(warning).toContain("as happens when a program other than Excel saves the workbook");
    expect(warning).not.toMatch(/custom XML|load it again/i);
    const serbian = await midex(["--lang", "sr-Cyrl", "validate", file]);
    expect(serbian.out).toContain("Excel. Други запис се слаже са листом");
  });

  it("refuses to submit a sheet whose stamp it contradicts, as validate does", async () => {
    const retyped = await newWorkbook("submit-retyped.xlsx");
    await typeInto(retyped, "ASYAPPCTZM", { B4: "2026-05" });
    const args = ["submit", retyped, "--endpoint", "http://127.0.0.1:9", "--json"];
    const result = await midex(args, { MIDEX_TOKEN: "unused" });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.out).findings[0]).toMatchObject({
      ruleId: "workbook-stamp",
      severity: "error",
      address: "B4",
      params: { field: "period", recorded: "2026-06", found: "2026-05" },
    });
  });

  it("accepts a workbook made elsewhere, with neither stamp", async () => {
    const workbook = await buildTemplateWorkbook(getTemplate("ASYAPPCTZM"), "ME", "2026-06");
    workbook.removeWorksheet(workbook.getWorksheet(STAMP_SHEET)!.id);
    const file = folder.file("elsewhere.xlsx");
    await workbook.xlsx.writeFile(file);
    const { stamps } = await readWorkbook(file);
    expect(stamps).toEqual({ xml: undefined, grid: undefined });
    expect(await midex(["validate", file])).toMatchObject({ code: 0 });
  });

  it("keeps the custom XML part when import writes figures", async () => {
    const file = await newWorkbook("imported.xlsx");
    const before = await part(file, "customXml/item1.xml");
    const csv = folder.file("one.csv");
    writeFileSync(
      csv,
      "STRUCTURE,STRUCTURE_ID,ACTION,freq,unit,citizen,sex,age,applicant,geo,TIME_PERIOD,OBS_VALUE,OBS_STATUS\n" +
        "dataflow,ESTAT:MIGR_ASYAPPCTZM(1.0),I,M,PER,SY,F,UNK,FRST,ME,2026-06,3,A\n"
    );
    expect((await midex(["import", csv, "--into", file])).code).toBe(0);
    expect(await part(file, "customXml/item1.xml")).toBe(before);
    const validated = await midex(["validate", file, "--json"]);
    expect(
      JSON.parse(validated.out).findings.map((f: { ruleId: string }) => f.ruleId)
    ).not.toContain("workbook-stamp");
  });
});
