import { readFileSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { getTemplate, writeSdmxCsv } from "../../src/core";
import { consistentFigures, observationsOf } from "./support/cube";
import { midex, tempFolder } from "./support/run";
import { typeInto } from "./support/workbook";

const template = getTemplate("ASYAPPCTZM");
const folder = tempFolder();
afterAll(() => folder.remove());

async function newWorkbook(name: string, id = "ASYAPPCTZM", period = "2026-06"): Promise<string> {
  const file = folder.file(name);
  const args = ["template", id, "--country", "ME", "--period", period, "-o", file];
  expect((await midex(args)).code).toBe(0);
  return file;
}

function noStack(text: string) {
  expect(text).not.toMatch(/\n\s+at /);
  expect(text).not.toContain("internal error");
}

describe("what a workbook that cannot be read is called", () => {
  it("a zip without a workbook part is not an Excel .xlsx workbook", async () => {
    const zip = new JSZip();
    zip.file("hello.txt", "hello");
    const file = folder.file("archive.xlsx");
    writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
    const result = await midex(["validate", file]);
    expect(result.code).toBe(2);
    expect(result.err).toContain("not an Excel .xlsx workbook");
    expect(result.err).not.toContain("template sheet");
  });

  it("B2 changed to another template's id names the header rows that do not match", async () => {
    const file = await newWorkbook("eipre.xlsx");
    await typeInto(file, "ASYAPPCTZM", { B2: "EIPRE", C14: 5 });
    const result = await midex(["validate", file]);
    expect(result.code).toBe(2);
    expect(result.err).toContain("header rows do not match template EIPRE");
    expect(result.err).not.toContain("figures without a code");
  });
});

describe("the template version in D2", () => {
  it("that is not x.y.z is an error, so submit refuses it here (exit 1)", async () => {
    const file = await newWorkbook("version.xlsx");
    await typeInto(file, "ASYAPPCTZM", { D2: "=cmd|' /c calc'!A1" });
    const validated = await midex(["validate", file]);
    expect(validated.code).toBe(1);
    expect(validated.out).toMatch(/^ERROR\s+ASYAPPCTZM!D2\s+sheet-metadata/m);

    const args = ["submit", file, "--endpoint", "http://127.0.0.1:9", "--token", "t"];
    const submitted = await midex(args);
    expect(submitted.code).toBe(1);
    expect(submitted.err).toContain("Not submitted.");
  });
});

describe("import", () => {
  const serbian = observationsOf(template, consistentFigures(["SY"]), "RS", "2026-06");
  const data = folder.file("serbia.csv");
  beforeAll(() => writeFileSync(data, writeSdmxCsv(template, serbian)));

  it("says identical reasons once, with how many observations and which lines", async () => {
    const file = await newWorkbook("montenegro.xlsx");
    const result = await midex(["import", data, "--into", file]);
    expect(result.code).toBe(1);
    const last = serbian.length + 1;
    expect(result.out).toContain(
      `not placed: ${serbian.length} observations: geo is RS, the sheet's is ME (lines 2–${last})`
    );
    expect(result.out.trim().split("\n")).toHaveLength(2);
  });

  it("says when the workbook has no sheet of the data's template, in plain English", async () => {
    const file = await newWorkbook("annual.xlsx", "ASYAPPCTZA", "2026");
    const result = await midex(["import", data, "--into", file]);
    expect(result.code).toBe(2);
    expect(result.err).toContain("does not have a sheet of template ASYAPPCTZM");
    expect(result.err).not.toContain("no a sheet");
  });

  it("names the file that is not SDMX-CSV, and a workbook given first as swapped", async () => {
    const file = await newWorkbook("target.xlsx");
    const text = folder.file("notes.txt");
    writeFileSync(text, "hello\n");
    const plain = await midex(["import", text, "--into", file]);
    expect(plain.code).toBe(2);
    expect(plain.err).toContain(`${text}: this is not SDMX-CSV`);

    const swapped = await midex(["import", file, "--into", data]);
    expect(swapped.code).toBe(2);
    expect(swapped.err).toContain("the data file comes first and the workbook after --into");
  });
});

describe("SDMX-CSV data", () => {
  it("a period written the wrong way says how to write it", async () => {
    const lines = writeSdmxCsv(
      template,
      observationsOf(template, consistentFigures(["SY"]), "ME", "2026-06")
    )
      .trimEnd()
      .split("\n");
    const file = folder.file("period.csv");
    writeFileSync(file, [lines[0], lines[1].replace(",2026-06,", ",2026-6,")].join("\n") + "\n");
    const result = await midex(["validate", file]);
    expect(result.out).toContain('"2026-6" is not a monthly period; write it like 2026-06');
  });
});

describe("arguments", () => {
  it.each([
    ["GR", "EL"],
    ["gb", "UK"],
    ["MNE", "ME"],
    ["SRB", "RS"],
    ["ALB", "AL"],
    ["MKD", "MK"],
    ["BIH", "BA"],
    ["KOS", "XK"],
    ["XKX", "XK"],
  ])("country %s asks: did you mean %s?", async (typed, meant) => {
    const out = folder.file(`country-${typed}.xlsx`);
    const args = ["template", "ASYAPPCTZM", "--country", typed, "--period", "2026-06", "-o", out];
    const result = await midex(args);
    expect(result.code).toBe(2);
    expect(result.err).toContain(`did you mean ${meant}?`);
  });

  it("--version prints the version of package.json", async () => {
    const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
    const result = await midex(["--version"]);
    expect(result).toMatchObject({ code: 0, out: `${version}\n` });
  });

  it("a missing option points to the command's own help", async () => {
    const result = await midex(["template", "ASYAPPCTZM", "--country", "ME"]);
    expect(result.code).toBe(2);
    expect(result.err).toContain("midex template --help");
    const token = await midex(["token", "create"]);
    expect(token.err).toContain("midex token create --help");
  });

  it("token create refuses an expiry beyond ten years plainly (exit 2)", async () => {
    const db = folder.file("tokens.db");
    const args = ["token", "create", "--country", "ME", "--db", db, "--expires-days", "1e10"];
    const result = await midex(args);
    expect(result.code).toBe(2);
    expect(result.err).toContain("from 1 to 3650");
    noStack(result.err);
  });

  it("token create offers the reviewer role", async () => {
    const db = folder.file("reviewer.db");
    const args = ["token", "create", "--country", "ME", "--db", db, "--role", "reviewer"];
    const result = await midex(args);
    expect(result.code).toBe(0);
    expect(result.err).toContain("Created a reviewer token for ME");
  });
});
