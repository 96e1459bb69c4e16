import { existsSync, writeFileSync } from "fs";
import { codeLists, getTemplate, templateLayout, writeSdmxCsv } from "../../src/core";
import { codeLabelIn, dimensionLabelIn, LANGUAGES } from "../../src/core/i18n";
import { say } from "../../src/cli/command-text";
import { consistentFigures, observationsOf } from "./support/cube";
import { midex, tempFolder } from "./support/run";
import { openWorkbook, typeInto } from "./support/workbook";

const template = getTemplate("ASYAPPCTZM");
const layout = templateLayout(template, "common");
const folder = tempFolder();

afterAll(() => folder.remove());

/** The sheet's code and label cells, as (row, column) of 1-based exceljs indexes. */
function labelCells(sheet: import("exceljs").Worksheet) {
  const firstRow = layout.firstDataRow + 1;
  const codes = layout.rowKeys.map((_, r) => sheet.getCell(firstRow + r, 1).value);
  const labels = layout.rowKeys.map((_, r) => sheet.getCell(firstRow + r, 2).value);
  return { codes, labels };
}

describe.each([
  ["sr-Cyrl", "Тражиоци азила", "Пол", "Мушкарци", "Авганистан", "Црна Гора"],
  ["mk", "Баратели на азил", "Пол", "Мажи", "Авганистан", "Црна Гора"],
])("midex template --lang %s", (lang, title, sexLabel, males, afghanistan, montenegro) => {
  const file = folder.file(`${lang}.xlsx`);

  beforeAll(async () => {
    const args = ["template", "ASYAPPCTZM", "--country", "ME", "--period", "2026-06"];
    const result = await midex([...args, "-o", file, "--lang", lang]);
    expect(result).toMatchObject({ code: 0, err: "" });
    expect(result.out).toContain(`(${montenegro})`);
  });

  it("titles the sheet and labels its dimensions and codes in the language", async () => {
    const sheet = (await openWorkbook(file)).getWorksheet("ASYAPPCTZM")!;
    expect(String(sheet.getCell("A1").value)).toContain(title);
    expect(String(sheet.getCell("A1").value)).toContain("(MIGR_ASYAPPCTZM)");

    const sexRow = layout.colDims.indexOf("sex");
    const codeRow = layout.codeRowOf(sexRow) + 1;
    expect(sheet.getCell(codeRow, 2).value).toBe(sexLabel);
    const maleCol = layout.colKeys.findIndex((k) => k.sex === "M") + layout.firstDataCol + 1;
    expect(sheet.getCell(codeRow, maleCol).value).toBe("M");
    expect(sheet.getCell(codeRow + 1, maleCol).value).toBe(males);

    const { labels } = labelCells(sheet);
    expect(labels).toContain(afghanistan);
    expect(labels).not.toContain("Afghanistan");
  });

  it("keeps every code as it is in English", async () => {
    const english = folder.file(`${lang}-en.xlsx`);
    const args = ["template", "ASYAPPCTZM", "--country", "ME", "--period", "2026-06"];
    expect((await midex([...args, "-o", english, "--lang", "en"])).code).toBe(0);
    const translated = (await openWorkbook(file)).getWorksheet("ASYAPPCTZM")!;
    const original = (await openWorkbook(english)).getWorksheet("ASYAPPCTZM")!;
    expect(labelCells(translated).codes).toEqual(labelCells(original).codes);
    for (let i = 0; i < layout.colDims.length; i++) {
      const row = layout.codeRowOf(i) + 1;
      // Column B holds the dimension's label; every other cell of a code row is a code.
      const codesOf = (sheet: typeof original) =>
        (sheet.getRow(row).values as unknown[]).filter((_, col) => col !== 2);
      expect(codesOf(translated)).toEqual(codesOf(original));
    }
    expect(translated.getCell("B2").value).toBe("ASYAPPCTZM");
    expect(translated.getCell("B3").value).toBe("ME");
  });

  it("still validates clean, and reports a typed mistake in the language", async () => {
    const clean = await midex(["validate", file, "--lang", lang]);
    expect(clean.code).toBe(0);
    expect(clean.out).not.toMatch(/error|warning/i);

    const firstFigure = `${String.fromCharCode(65 + layout.firstDataCol)}${layout.firstDataRow + 1}`;
    await typeInto(file, "ASYAPPCTZM", { [firstFigure]: -3 });
    const broken = await midex(["validate", file, "--lang", lang]);
    expect(broken.code).toBe(1);
    expect(broken.out).toContain(firstFigure);
    expect(broken.out).not.toContain("a negative number");
    expect(broken.out).toMatch(lang === "mk" ? /негативен број/ : /негативан број/);
  });
});

describe("the language of a run", () => {
  it("comes from LANG when --lang is not given, e.g. sr_RS.UTF-8@latin", async () => {
    const file = folder.file("latin.xlsx");
    const args = ["template", "ASYAPPCTZM", "--country", "RS", "--period", "2026-06", "-o", file];
    const result = await midex(args, { LANG: "sr_RS.UTF-8@latin" });
    expect(result.code).toBe(0);
    expect(result.out).toContain("Zapisano");
    const sheet = (await openWorkbook(file)).getWorksheet("ASYAPPCTZM")!;
    expect(String(sheet.getCell("A1").value)).toContain("Tražioci azila");
  });

  it("is refused when --lang names a language we do not have, naming it and ours", async () => {
    const file = folder.file("german.xlsx");
    const args = ["template", "ASYAPPCTZM", "--country", "ME", "--period", "2026-06", "-o", file];
    for (const asked of [
      [...args, "--lang", "de"],
      ["--lang=xx", ...args],
      ["--lang", "", ...args],
    ]) {
      const result = await midex(asked);
      expect(result.code).toBe(2);
      expect(result.out).toBe("");
      expect(result.err).toMatch(/midex has no language "(de|xx|)"\. Use one of en, sq, sr-Latn, /);
      expect(result.err).toContain("cnr");
      expect(existsSync(file)).toBe(false);
    }
    const listing = await midex(["templates", "--lang", "klingon"]);
    expect(listing.code).toBe(2);
    expect(listing.err).toContain('"klingon"');
  });

  it.each([
    ["sr-Latn-RS", "Zapisano"],
    ["sr-Cyrl", "Записано"],
    ["mk-MK", "Запишано"],
    ["sq-AL", "U shkrua"],
    ["bs-BA", "Zapisano"],
    ["cnr", "Zapisano"],
    ["en-GB", "Wrote"],
  ])("--lang %s, a tag of a language we have, is taken", async (tag, wrote) => {
    const file = folder.file(`tag-${tag}.xlsx`);
    const args = ["template", "ASYAPPCTZM", "--country", "ME", "--period", "2026-06", "-o", file];
    const result = await midex(["--lang", tag, ...args]);
    expect(result).toMatchObject({ code: 0, err: "" });
    expect(result.out).toContain(wrote);
  });

  it("is English, with Eurostat's own labels, when LANG names a language we do not have", async () => {
    const file = folder.file("english.xlsx");
    const args = ["template", "ASYAPPCTZM", "--country", "ME", "--period", "2026-06", "-o", file];
    const result = await midex(args, { LANG: "de_DE.UTF-8" });
    expect(result).toMatchObject({ code: 0, err: "" });
    expect(result.out).toContain("Wrote");
    const sheet = (await openWorkbook(file)).getWorksheet("ASYAPPCTZM")!;
    expect(labelCells(sheet).labels).toContain(codeLists.label("citizen", "AF"));
  });

  it("lists the catalogue in the language, with its plural forms", async () => {
    const albanian = await midex(["templates", "--lang", "sq"]);
    expect(albanian.out).toContain("monthly-asylum: Mujore: mbrojtja ndërkombëtare (neni 4)");
    expect(albanian.out).toContain("Aplikantët për azil sipas shtetësisë, moshës dhe gjinisë");
    const serbian = await midex(["templates", "--lang", "sr-Cyrl"]);
    expect(serbian.out).toMatch(/месечно, рок 2 месеца по истеку периода/);
    expect(serbian.out).toContain("ASYAPPCTZM");
  });

  it("labels the reporting country in the hidden codes list in the language too", () => {
    expect(codeLabelIn("mk", "geo", "ME")).toBe("Црна Гора");
    expect(dimensionLabelIn("mk", "Reporting country")).toBe("Земја што известува");
  });
});

describe("the other commands speak the language too", () => {
  const monthly = getTemplate("ASYAPPCTZM");
  const data = folder.file("data.csv");
  const workbook = folder.file("commands.xlsx");

  beforeAll(async () => {
    const figures = consistentFigures(["SY", "AF"]);
    writeFileSync(data, writeSdmxCsv(monthly, observationsOf(monthly, figures, "ME", "2026-06")));
    const args = ["template", "ASYAPPCTZM", "--country", "ME", "--period", "2026-06"];
    expect((await midex([...args, "-o", workbook])).code).toBe(0);
  });

  it("import, in Serbian Cyrillic", async () => {
    const result = await midex(["import", data, "--into", workbook, "--lang", "sr-Cyrl"]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(
      /^Уписано \d+ од \d+ опсервација у .*commands\.xlsx \(лист ASYAPPCTZM\)/
    );
    expect(result.out).not.toMatch(/Placed|observations/);
  });

  it("export, in Macedonian, and in English with --json untouched", async () => {
    const csv = folder.file("out.csv");
    const result = await midex(["export", workbook, "-o", csv, "--lang", "mk"]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^Запишани \d+ набљудувања од ASYAPPCTZM \(ME, 2026-06\)/);
    const english = await midex(["export", workbook, "-o", csv, "--force", "--lang", "en"]);
    expect(english.out).toMatch(/^Wrote \d+ observations of ASYAPPCTZM \(ME, 2026-06\)/);
  });

  it("export refuses a sheet with errors in the language", async () => {
    const broken = folder.file("broken.xlsx");
    const args = ["template", "ASYAPPCTZM", "--country", "ME", "--period", "2026-06"];
    expect((await midex([...args, "-o", broken])).code).toBe(0);
    const firstFigure = `${String.fromCharCode(65 + layout.firstDataCol)}${layout.firstDataRow + 1}`;
    await typeInto(broken, "ASYAPPCTZM", { [firstFigure]: -3 });
    const result = await midex(["export", broken, "-o", folder.file("no.csv"), "--lang", "sq"]);
    expect(result.code).toBe(1);
    expect(result.err).toContain("Nuk u eksportua.");
    expect(result.err).toContain("numër negativ");
    expect(result.err).not.toMatch(/Not exported|negative number/);
  });

  it("submit refuses a sheet with errors in the language, before anything is sent", async () => {
    const broken = folder.file("broken-submit.xlsx");
    const args = ["template", "ASYAPPCTZM", "--country", "ME", "--period", "2026-06"];
    expect((await midex([...args, "-o", broken])).code).toBe(0);
    const firstFigure = `${String.fromCharCode(65 + layout.firstDataCol)}${layout.firstDataRow + 1}`;
    await typeInto(broken, "ASYAPPCTZM", { [firstFigure]: -3 });
    // Nothing listens on port 9 of loopback: the refusal must come before any request.
    const submit = ["submit", broken, "--endpoint", "http://127.0.0.1:9", "--token", "t"];
    const result = await midex(["--lang", "mk", ...submit]);
    expect(result.code).toBe(1);
    expect(result.err).toContain("Не е испратено.");
    expect(result.err).not.toMatch(/Not submitted/);
  });

  it("migrate, in Albanian", async () => {
    const result = await midex([
      "migrate",
      workbook,
      "-o",
      folder.file("new.xlsx"),
      "--lang",
      "sq",
    ]);
    expect(result.code).toBe(0);
    expect(result.out).toContain(`ASYAPPCTZM: ASYAPPCTZM tashmë ${monthly.version}`);
    expect(result.out).toMatch(/U shkrua .*new\.xlsx\./);
  });

  it("token create, in Montenegrin from LANG, the token alone on stdout", async () => {
    const db = folder.file("tokens.db");
    const args = ["token", "create", "--country", "ME", "--db", db, "--expires-days", "30"];
    const result = await midex(args, { LANG: "cnr_ME.UTF-8" });
    expect(result.code).toBe(0);
    expect(result.out.trim()).not.toMatch(/\s/);
    expect(result.err).toMatch(/Napravljen je token \(submitter\) za ME u .*, važi 30 dana/);
    expect(result.err).toContain("midex submit");
  });

  it("serve's lines for the person who started it, in each language", () => {
    const params = { url: "http://127.0.0.1:8787", db: "./midex.db" };
    expect(say("mk", "listening", params)).toBe(
      "размената midex слуша на http://127.0.0.1:8787 (база ./midex.db)"
    );
    expect(say("sr-Cyrl", "listening", params)).toBe(
      "midex размена слуша на http://127.0.0.1:8787 (база ./midex.db)"
    );
    expect(say("en", "stopped", { signal: "SIGINT" })).toBe("midex exchange stopped (SIGINT).");
    expect(say("qps", "stopped", { signal: "SIGINT" })).toContain("SIGINT");
  });

  it("every command line exists in every language, with the user's values intact", () => {
    const params = { file: "f.xlsx", sheet: "S1", placed: 3, total: 4, role: "reader", db: "x.db" };
    for (const language of [...LANGUAGES, "qps" as const]) {
      expect(say(language, "placed", params)).toContain("f.xlsx");
      expect(say(language, "tokenCreated", params)).toContain("x.db");
      expect(say(language, "tokenCreated", params)).not.toContain("midex submit");
      const receipt = { template: "ASYAPPCTZM", country: "ME", period: "2026-06", version: 2 };
      expect(say(language, "submitted", receipt)).toContain("ASYAPPCTZM");
      expect(say(language, "notSubmittedUnjustified", { count: 4 })).toContain("--justifications");
    }
  });
});

describe("a failed command says why in the language", () => {
  const templateArgs = ["--country", "ME", "--period", "2026-06"];

  it("in Macedonian, for a workbook that is not there", async () => {
    const missing = folder.file("missing.xlsx");
    const result = await midex(["--lang", "mk", "validate", missing]);
    expect(result.code).toBe(2);
    expect(result.err).toBe(
      `midex: ${missing} не може да се прочита: нема таква датотека или папка.\n`
    );
  });

  it("refuses a data file that is not UTF-8 instead of garbling its comments", async () => {
    const header = "STRUCTURE,STRUCTURE_ID,ACTION,freq,unit,citizen,sex,age,applicant,geo,";
    const csv = Buffer.concat([
      Buffer.from(`${header}TIME_PERIOD,OBS_VALUE,OBS_STATUS,COMMENT_OBS\n`),
      Buffer.from("dataflow,ESTAT:MIGR_ASYAPPCTZM(1.0),I,M,PER,SY,F,TOTAL,TOTAL,ME,2026-06,4,A,"),
      // "Priština" saved in Windows-1250: š is the single byte 0x9A, not UTF-8.
      Buffer.from([0x50, 0x72, 0x69, 0x9a, 0x74, 0x69, 0x6e, 0x61, 0x0a]),
    ]);
    const file = folder.file("cp1250.csv");
    writeFileSync(file, csv);
    const english = await midex(["validate", file]);
    expect(english.code).toBe(2);
    expect(english.err).toContain(`cannot read ${file}: its text is not UTF-8`);
    const macedonian = await midex(["--lang", "mk", "validate", file]);
    expect(macedonian.err).toContain("текстот не е во UTF-8");
  });

  it("in English unchanged, for the same workbook", async () => {
    const missing = folder.file("missing.xlsx");
    const result = await midex(["validate", missing]);
    expect(result.err).toBe(`midex: cannot read ${missing}: no such file or folder.\n`);
  });

  it("in Serbian Cyrillic for an unknown template, keeping the id and the commands", async () => {
    const out = folder.file("nope.xlsx");
    const result = await midex([
      "--lang",
      "sr-Cyrl",
      "template",
      "NOPE",
      ...templateArgs,
      "-o",
      out,
    ]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(
      /^midex: не постоји образац ни пакет „NOPE”\. Обрасци: .*ASYAPPCTZM/
    );
    expect(result.err).toContain("`midex templates`");
  });

  it("in Albanian from LANG, refusing to overwrite a file", async () => {
    const out = folder.file("exists.xlsx");
    writeFileSync(out, "");
    const result = await midex(["template", "ASYAPPCTZM", ...templateArgs, "-o", out], {
      LANG: "sq_AL.UTF-8",
    });
    expect(result.code).toBe(2);
    expect(result.err).toBe(`midex: ${out} ekziston tashmë; shtoni --force për ta zëvendësuar.\n`);
  });

  it("in Bosnian (ijekavian) for a period of the wrong frequency", async () => {
    const out = folder.file("period.xlsx");
    const args = ["template", "ASYAPPCTZM", "--country", "ME", "--period", "2026-Q2", "-o", out];
    const result = await midex(["--lang=bs", ...args]);
    expect(result.err).toContain("„2026-Q2” nije referentni period obrasca ASYAPPCTZM");
    expect(result.err).toContain("mjesečni");
  });

  it("in Montenegrin for an SDMX-CSV file without observations, naming the file", async () => {
    const data = folder.file("empty.csv");
    writeFileSync(data, "STRUCTURE,STRUCTURE_ID,ACTION,geo,TIME_PERIOD,OBS_VALUE\n");
    const result = await midex(["--lang", "cnr", "validate", data]);
    expect(result.code).toBe(2);
    expect(result.err).toBe(`midex: ${data}: datoteka ima zaglavlje, ali nema opservacija.\n`);
  });

  it("in Macedonian for a template sheet the workbook does not have", async () => {
    const book = folder.file("sheets.xlsx");
    expect((await midex(["template", "ASYAPPCTZM", ...templateArgs, "-o", book])).code).toBe(0);
    const out = folder.file("sheets.csv");
    const result = await midex(["--lang", "mk", "export", book, "-o", out, "--sheet", "Nope"]);
    expect(result.err).toBe(`midex: ${book} нема лист на образец „Nope“ (ги има ASYAPPCTZM).\n`);
  });
});

describe("observations import leaves out, in the language", () => {
  const monthly = getTemplate("ASYAPPCTZM");
  const serbian = observationsOf(monthly, consistentFigures(["SY"]), "RS", "2026-06");
  const data = folder.file("serbia.csv");
  const workbook = folder.file("montenegro.xlsx");

  beforeAll(async () => {
    writeFileSync(data, writeSdmxCsv(monthly, serbian));
    const args = ["template", "ASYAPPCTZM", "--country", "ME", "--period", "2026-06"];
    expect((await midex([...args, "-o", workbook])).code).toBe(0);
  });

  it.each([
    ["mk", "не е внесено:", "набљудувања", "geo е RS, а на листот е ME", "редови"],
    ["sr-Cyrl", "није уписано:", "опсервација", "geo је RS, а на листу је ME", "редови"],
    ["sq", "nuk u vendos:", "vëzhgime", "geo është RS, ndërsa në fletë është ME", "rreshtat"],
  ])("%s says why and where", async (lang, label, observations, reason, lines) => {
    const result = await midex(["--lang", lang, "import", data, "--into", workbook]);
    expect(result.code).toBe(1);
    const last = serbian.length + 1;
    const said = `${observations}: ${serbian.length}: ${reason} (${lines} 2–${last})`;
    expect(result.out).toMatch(new RegExp(`^${label} +${said.replace(/[()]/g, "\\$&")}$`, "m"));
    expect(result.out).not.toMatch(/not placed|the sheet's/);
  });
});

describe("lines import and validate could not read, in the language", () => {
  const monthly = getTemplate("ASYAPPCTZM");
  const data = folder.file("unreadable.csv");
  const workbook = folder.file("unreadable.xlsx");

  beforeAll(async () => {
    const lines = writeSdmxCsv(
      monthly,
      observationsOf(monthly, consistentFigures(["SY"]), "ME", "2026-06")
    )
      .trimEnd()
      .split("\n");
    const broken = [
      lines[1].replace(",2026-06,", ",2026-6,"),
      lines[2].replace(/,\d+,A$/, ",abc,A"),
    ];
    writeFileSync(data, [lines[0], ...broken, ...lines.slice(3)].join("\n") + "\n");
    const args = ["template", "ASYAPPCTZM", "--country", "ME", "--period", "2026-06"];
    expect((await midex([...args, "-o", workbook])).code).toBe(0);
  });

  it.each([
    ["mk", "не е прочитано:", "ред 2: „2026-6“ не е месечен период; напишете го како 2026-06"],
    ["sr-Cyrl", "није прочитано:", "ред 2: „2026-6“ није месечни период; упишите га као 2026-06"],
    ["sq", "nuk u lexua:", "rreshti 2: „2026-6“ nuk është periudhë mujore; shkruajeni si 2026-06"],
    ["bs", "nije pročitano:", "red 2: „2026-6“ nije mjesečni period; upišite ga kao 2026-06"],
  ])("import in %s says why each line was not read", async (lang, label, period) => {
    const result = await midex(["--lang", lang, "import", data, "--into", workbook]);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(new RegExp(`^${label} +${period}$`, "m"));
    expect(result.out).toMatch(new RegExp(`^${label} +\\S+ 3: OBS_VALUE „abc“ `, "m"));
    expect(result.out).not.toMatch(/line \d|is not a|not a number/);
  });

  it("import in English says it as before", async () => {
    const result = await midex(["import", data, "--into", workbook]);
    expect(result.out).toMatch(
      /^not read: +line 2: "2026-6" is not a monthly period; write it like 2026-06$/m
    );
    expect(result.out).toMatch(/^not read: +line 3: OBS_VALUE "abc" is not a number$/m);
  });

  it("validate in Macedonian, with --json keeping the message id and its parameters", async () => {
    const result = await midex(["--lang", "mk", "validate", data]);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/ред 2 +sdmx-line +ред 2: „2026-6“ не е месечен период/);
    expect(result.out).toMatch(/ред 3 +sdmx-line +ред 3: OBS_VALUE „abc“ не е број/);

    const json = JSON.parse((await midex(["--lang", "mk", "validate", data, "--json"])).out);
    expect(json.findings[0]).toMatchObject({
      ruleId: "sdmx-line",
      messageId: "sdmx.period",
      params: { line: 2, value: "2026-6", example: "2026-06" },
      message: 'line 2: "2026-6" is not a monthly period; write it like 2026-06',
    });
  });
});
