import { ChildProcess } from "child_process";
import { readFileSync, writeFileSync } from "fs";
import {
  CellValue,
  dataCellAddress,
  Finding,
  getTemplate,
  Observation,
  placeObservations,
  readSdmxCsv,
  Receipt,
  SheetData,
  sheetToObservations,
  writeSdmxCsv,
} from "../../src/core";
import { fetchSubmission, submitToExchange } from "../../src/client/exchange-client";
import { newSheet, readWorkbook } from "../../src/workbook";
import { girlsSheet } from "../server/exchange-fixture";
import { runBin, startBin } from "./support/built-cli";
import { consistentFigures, observationsOf } from "./support/cube";
import { CliResult, midex, tempFolder } from "./support/run";
import { cellsFor, typeInto } from "./support/workbook";

const template = getTemplate("ASYAPPCTZM");

/**
 * Quarterly returns of Syrians with every error-level identity holding, but four totals of
 * return type (warnings) that their parts (all 0) do not explain.
 */
function returnsWithWarnings(): Record<string, CellValue> {
  const sheet = newSheet(getTemplate("EIRTN1"), "ME", "2026-Q2");
  for (const row of sheet.values) row.fill(0);
  const destination = sheet.layout.colKeys[0].c_dest;
  sheet.layout.rowKeys.forEach((rowKey, r) => {
    if (rowKey.citizen !== "SY" && rowKey.citizen !== "TOTAL") return;
    sheet.layout.colKeys.forEach((colKey, c) => {
      const total = colKey.c_dest === destination && colKey.return === "TOTAL";
      if (total && (colKey.sex === "T" || colKey.sex === "F")) sheet.values[r][c] = 1;
    });
  });
  return cellsFor("EIRTN1", sheetToObservations(sheet), "ME", "2026-Q2");
}
const folder = tempFolder();
const db = folder.file("exchange.db");
let server: ChildProcess;
let serverErr = "";
let url: string;
let clean: string;
let meToken: string;
let alToken: string;

/** Starts `midex serve` on a free loopback port and waits for the address it prints. */
function serve(): Promise<string> {
  server = startBin(["serve", "--port", "0", "--db", db, "--log-level", "warn"]);
  server.stderr!.on("data", (chunk) => (serverErr += chunk));
  return new Promise((resolve, reject) => {
    let out = "";
    server.stdout!.on("data", (chunk) => {
      out += chunk;
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (match) resolve(match[1]);
    });
    server.on("exit", (code) => reject(new Error(`midex serve ended (${code}): ${serverErr}`)));
  });
}

/** `midex submit` of a workbook to the test exchange with Montenegro's token. */
function submitAsMe(file: string, ...options: string[]) {
  return midex(["submit", file, "--endpoint", url, "--token", meToken, ...options]);
}

/** The receipt of a `midex submit --json` that succeeded, and the submission as stored. */
async function sentAndStored(sent: CliResult) {
  expect(sent.code).toBe(0);
  const { receipt } = JSON.parse(sent.out) as { receipt: Receipt };
  const stored = await fetchSubmission({ endpoint: url, token: meToken, id: receipt.submissionId });
  return { receipt, stored };
}

/** Sends a sheet as Montenegro through the client and has `reviewer` accept it. */
async function acceptedSubmission(reviewer: string, sheet: SheetData): Promise<void> {
  const receipt = await submitToExchange({
    endpoint: url,
    token: meToken,
    request: {
      templateId: sheet.template.id,
      templateVersion: sheet.template.version,
      country: sheet.country,
      period: sheet.period,
      sdmxCsv: writeSdmxCsv(sheet.template, sheetToObservations(sheet)),
    },
  });
  const accepted = await fetch(`${url}/api/v1/submissions/${receipt.submissionId}/review`, {
    method: "POST",
    headers: { authorization: `Bearer ${reviewer}`, "content-type": "application/json" },
    body: JSON.stringify({ decision: "accept" }),
  });
  expect(accepted.status).toBe(200);
}

/** A token made by `midex token create` with these options. */
async function midexToken(options: string[]): Promise<string> {
  const result = await midex(["token", "create", ...options, "--db", db]);
  expect(result.code).toBe(0);
  return result.out.trim();
}

async function token(country: string): Promise<string> {
  const result = await midex(["token", "create", "--country", country, "--db", db]);
  expect(result.code).toBe(0);
  expect(result.out).toMatch(/^\S+\n$/);
  expect(result.err).toContain(`token for ${country}`);
  return result.out.trim();
}

async function workbook(name: string, figures: Record<string, CellValue> = {}, period = "2026-06") {
  const file = folder.file(name);
  const args = ["template", "ASYAPPCTZM", "--country", "ME", "--period", period, "-o", file];
  expect((await midex(args)).code).toBe(0);
  await typeInto(file, "ASYAPPCTZM", figures);
  return file;
}

/**
 * Every figure cell of the generated sheet filled, as a submission needs: consistent figures for
 * Syria and the total, 0 in every other row.
 */
function completeFigures(): Record<string, CellValue> {
  const zeros = newSheet(template, "ME", "2026-06");
  for (const row of zeros.values) row.fill(0);
  const observations = observationsOf(template, consistentFigures(["SY"]), "ME", "2026-06");
  return {
    ...cellsFor("ASYAPPCTZM", sheetToObservations(zeros), "ME", "2026-06"),
    ...cellsFor("ASYAPPCTZM", observations, "ME", "2026-06"),
  };
}

let figures: Record<string, CellValue>;

beforeAll(async () => {
  url = await serve();
  meToken = await token("ME");
  alToken = await token("AL");
  figures = completeFigures();
  clean = await workbook("clean.xlsx", figures);
});

/** The clean figures with one cell of the Syrian row left blank. */
function holedFigures(): { address: string; cells: Record<string, CellValue> } {
  const observations = observationsOf(template, consistentFigures(["SY"]), "ME", "2026-06");
  const syria = observations.find((o) => o.key.citizen === "SY")!;
  const [address] = Object.keys(cellsFor("ASYAPPCTZM", [syria], "ME", "2026-06"));
  return { address, cells: { ...figures, [address]: null } };
}

afterAll(() => {
  if (server.exitCode === null) server.kill("SIGTERM");
  folder.remove();
});

describe("midex submit against midex serve", () => {
  it("prints the receipt, and version 2 when the same period is submitted again", async () => {
    const first = await submitAsMe(clean);
    expect(first).toMatchObject({ code: 0, err: "" });
    expect(first.out).toContain("Submitted ASYAPPCTZM for ME, 2026-06: version 1.");
    expect(first.out).toMatch(/sha256\s+[0-9a-f]{64}/);

    const second = await midex(["submit", clean, "--endpoint", url, "--json"], {
      MIDEX_TOKEN: meToken,
    });
    expect(second.code).toBe(0);
    const answer = JSON.parse(second.out);
    expect(answer).toMatchObject({
      submitted: true,
      receipt: { templateId: "ASYAPPCTZM", country: "ME", period: "2026-06", version: 2 },
    });
    expect(answer.receipt.observations).toBe(Object.keys(figures).length);
  });

  it("is refused by the exchange with another country's token (exit 1)", async () => {
    const result = await midex(["submit", clean, "--endpoint", url, "--token", alToken]);
    expect(result.code).toBe(1);
    expect(result.out).toBe("");
    expect(result.err).toContain("refused the submission (HTTP 403)");
    expect(result.err).toContain("only submit data for AL");
  });

  it("refuses a sheet with errors before sending anything (exit 1)", async () => {
    const invalid = await workbook("invalid.xlsx", { C14: 10, D14: 3, E14: "ten" });
    const refused = await submitAsMe(invalid);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/^ERROR\s+ASYAPPCTZM!E14\s+figure-value/m);
    expect(refused.err).toContain("Not submitted.");

    const next = await submitAsMe(clean, "--json");
    expect(JSON.parse(next.out).receipt.version).toBe(3);
  });

  it("refuses a blank figure cell before sending anything (exit 1)", async () => {
    const { address: blankAddress, cells } = holedFigures();
    const holed = await workbook("holed.xlsx", cells);
    const refused = await submitAsMe(holed);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(
      new RegExp(`^ERROR\\s+ASYAPPCTZM!${blankAddress}\\s+complete`, "m")
    );
    expect(refused.err).toContain("Not submitted.");
    expect(refused.err).toContain("`midex validate --for-submission` checks the workbook");
    expect(refused.err).not.toContain("refused the submission");

    const next = await submitAsMe(clean, "--json");
    expect(JSON.parse(next.out).receipt.version).toBe(4);
  });

  it("sends warned figures only with their justifications, which the exchange stores", async () => {
    const warned = folder.file("returns.xlsx");
    const args = ["template", "EIRTN1", "--country", "ME", "--period", "2026-Q2", "-o", warned];
    expect((await midex(args)).code).toBe(0);
    await typeInto(warned, "EIRTN1", returnsWithWarnings());
    const validated = JSON.parse((await midex(["validate", warned, "--json"])).out);
    const warnings = validated.findings as { ruleId: string; address: string }[];
    expect(warnings.map((f) => f.ruleId)).toEqual(Array(4).fill("return-total"));

    const bare = await submitAsMe(warned);
    expect(bare.code).toBe(1);
    for (const f of warnings) expect(bare.err).toContain(f.address);
    expect(bare.err).toContain("4 warning(s) above have no justification");
    expect(bare.err).toContain("--justifications");

    const file = folder.file("justifications.json");
    const entries = warnings.map((f) => ({
      rule: f.ruleId,
      cell: f.address,
      text: "Type follows",
    }));
    writeFileSync(file, JSON.stringify(entries.slice(1)));
    const partly = await submitAsMe(warned, "--justifications", file);
    expect(partly.code).toBe(1);
    expect(partly.err).toContain("1 warning(s) above have no justification");
    expect(partly.err).toContain(warnings[0].address);

    writeFileSync(file, JSON.stringify(entries));
    const sent = await submitAsMe(warned, "--justifications", file, "--json");
    const { receipt, stored } = await sentAndStored(sent);
    expect(receipt.findings).toEqual({ errors: 0, warnings: 4 });
    expect(stored.findings.map((f) => f.justification)).toEqual(Array(4).fill("Type follows"));

    writeFileSync(file, '[{"rule": "return-total", "text": "no cell"}]');
    const wrong = await submitAsMe(warned, "--justifications", file);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain("give its cell or its key");
  });

  it("finds the warnings against the accepted history before sending, so they can be justified", async () => {
    // Six accepted months in which Syria's figures were twenty times today's.
    const reviewer = await midexToken(["--country", "RS", "--role", "reviewer"]);
    const zeros = newSheet(template, "ME", "2027-01");
    for (const row of zeros.values) row.fill(0);
    for (const month of ["2026-12", "2027-01", "2027-02", "2027-03", "2027-04", "2027-05"]) {
      const syria = observationsOf(template, consistentFigures(["SY"]), "ME", month).map((o) => ({
        ...o,
        value: (o.value ?? 0) * 20,
      }));
      const sheet = newSheet(template, "ME", month);
      const { placements } = placeObservations(sheet, [
        ...sheetToObservations(zeros).map((o) => ({ ...o, period: month })),
        ...syria,
      ]);
      for (const cell of placements) sheet.values[cell.row][cell.col] = cell.value;
      await acceptedSubmission(reviewer, sheet);
    }

    const file = await workbook("june-2027.xlsx", figures, "2027-06");

    const bare = await submitAsMe(file, "--json");
    expect(bare.code).toBe(1);
    const refused = JSON.parse(bare.out);
    expect(refused.submitted).toBe(false);
    const warned = refused.findings as { ruleId: string; address: string }[];
    expect(warned.length).toBeGreaterThan(0);
    expect(new Set(warned.map((f) => f.ruleId))).toEqual(new Set(["usual-range"]));

    const reasons = folder.file("june-2027.json");
    const text = "Fewer arrivals since the border crossing closed";
    writeFileSync(
      reasons,
      JSON.stringify(warned.map((f) => ({ rule: f.ruleId, cell: f.address, text })))
    );
    const sent = await submitAsMe(file, "--justifications", reasons, "--json");
    const { stored } = await sentAndStored(sent);
    expect(stored.findings.filter((f) => f.ruleId === "usual-range").length).toBe(warned.length);
    for (const f of stored.findings) expect(f.justification).toBe(text);
  });

  it("reads the justifications' cells as validate prints them, and names mistaken entries", async () => {
    const warned = folder.file("returns-cells.xlsx");
    const args = ["template", "EIRTN1", "--country", "ME", "--period", "2026-Q3", "-o", warned];
    expect((await midex(args)).code).toBe(0);
    await typeInto(warned, "EIRTN1", returnsWithWarnings());
    const validated = JSON.parse((await midex(["validate", warned, "--json"])).out);
    const addresses = (validated.findings as { address: string }[]).map((f) => f.address);
    const [first, second, third, fourth] = addresses;
    const entry = (cell: string, text = "Type follows") => ({ rule: "return-total", cell, text });
    const written = [
      entry(`EIRTN1!${first}`),
      entry(second.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2")),
      entry(`  ${third.toLowerCase()} `),
      entry(fourth),
    ];
    const file = folder.file("cells.json");
    const submit = (...extra: string[]) => submitAsMe(warned, ...extra);

    writeFileSync(file, JSON.stringify(written));
    const sent = await submit("--justifications", file, "--json");
    expect(sent.err).toBe("");
    expect(sent.code).toBe(0);
    expect(JSON.parse(sent.out).receipt.version).toBe(1);

    writeFileSync(file, JSON.stringify([...written, { rule: "nope", cell: "ZZ9", text: "x" }]));
    const unmatched = await submit("--justifications", file);
    expect(unmatched.code).toBe(2);
    expect(unmatched.err).toContain(
      "entry 5 (rule nope, cell ZZ9) matches no warning on this sheet"
    );
    expect(unmatched.out).not.toContain("Submitted");

    writeFileSync(file, JSON.stringify([written[0], entry(second, "=1+1"), ...written.slice(2)]));
    const formula = await submit("--justifications", file);
    expect(formula.code).toBe(2);
    expect(formula.err).toContain(`entry 2 (rule return-total, cell ${second})`);
    expect(formula.err).toContain("spreadsheet programs would run it as a formula");

    writeFileSync(file, '[{"rule": 5, "cell": "E12", "text": "x"}]');
    const shape = await submit("--justifications", file);
    expect(shape.code).toBe(2);
    expect(shape.err).toContain('entry 1 (cell E12) has no "rule"');
    expect(shape.err).not.toMatch(/expected|invalid_type/i);

    const missing = await submit("--justifications", folder.file("none.json"));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("there is no such file");
    expect(missing.err).not.toContain("ENOENT");
    const directory = await submit("--justifications", folder.file(""));
    expect(directory.code).toBe(2);
    expect(directory.err).toContain("it is a folder, not a file");
    expect(directory.err).not.toContain("EISDIR");

    // Windows Notepad starts a UTF-8 file with a byte order mark; nothing above was sent.
    writeFileSync(file, "\uFEFF" + JSON.stringify(written));
    const marked = await submit("--justifications", file, "--json");
    expect(marked.code).toBe(0);
    expect(JSON.parse(marked.out).receipt.version).toBe(2);
  });

  it("sends the warned figures with the comments midex import kept as their justifications", async () => {
    const warned = folder.file("returns-imported.xlsx");
    const args = ["template", "EIRTN1", "--country", "ME", "--period", "2026-Q4", "-o", warned];
    expect((await midex(args)).code).toBe(0);
    await typeInto(warned, "EIRTN1", returnsWithWarnings());
    const validated = JSON.parse((await midex(["validate", warned, "--json"])).out);
    const warnedKeys = (validated.findings as { key: Record<string, string> }[]).map((f) => f.key);
    expect(warnedKeys).toHaveLength(4);

    // The same figures as SDMX-CSV, each warned one with its reason as its comment.
    const exported = folder.file("returns-imported.csv");
    expect((await midex(["export", warned, "-o", exported])).code).toBe(0);
    const parsed = readSdmxCsv(readFileSync(exported, "utf8"));
    const isWarned = (o: Observation) =>
      warnedKeys.some((key) => Object.entries(key).every(([d, code]) => o.key[d] === code));
    const commented = parsed.observations.map((o) =>
      isWarned(o) ? { ...o, comment: `Type follows for ${o.key.sex}` } : o
    );
    writeFileSync(exported, writeSdmxCsv(parsed.template, commented));
    const imported = await midex(["import", exported, "--into", warned]);
    expect(imported.code).toBe(0);
    expect(imported.out).toContain("Kept 4 comment(s) (COMMENT_OBS)");

    const sent = await submitAsMe(warned, "--json");
    expect(sent.err).toBe("");
    const { receipt, stored } = await sentAndStored(sent);
    expect(receipt.findings).toEqual({ errors: 0, warnings: 4 });
    expect(stored.findings.map((f) => f.justification).sort()).toEqual([
      "Type follows for F",
      "Type follows for F",
      "Type follows for T",
      "Type follows for T",
    ]);
  });

  it("justifies warnings against the accepted history with the comments the data came with", async () => {
    // The accepted months of the test above make the plausibility check judge July 2027 too.
    const file = await workbook("july-2027.xlsx", figures, "2027-07");
    const bare = JSON.parse((await submitAsMe(file, "--json")).out);
    expect(bare.submitted).toBe(false);
    expect(bare.findings.length).toBeGreaterThan(0);

    const exported = folder.file("july-2027.csv");
    expect((await midex(["export", file, "-o", exported])).code).toBe(0);
    const parsed = readSdmxCsv(readFileSync(exported, "utf8"));
    const text = "Fewer arrivals since the border crossing closed";
    const warnedKeys = (bare.findings as { key: Record<string, string> }[]).map((f) => f.key);
    const commented = parsed.observations.map((o) =>
      warnedKeys.some((key) => Object.entries(key).every(([d, code]) => o.key[d] === code))
        ? { ...o, comment: text }
        : o
    );
    writeFileSync(exported, writeSdmxCsv(parsed.template, commented));
    expect((await midex(["import", exported, "--into", file])).code).toBe(0);

    const sent = await submitAsMe(file, "--json");
    const { stored } = await sentAndStored(sent);
    const usual = stored.findings.filter((f) => f.ruleId === "usual-range");
    expect(usual.length).toBe(bare.findings.length);
    for (const f of usual) expect(f.justification).toBe(text);
  });

  it("names the exchange's findings by the workbook's own cells, whatever order its rows were added in", async () => {
    // Accepted applicants: one Kiribati girl. The minors' table then says five: a cross-table
    // error only the exchange finds, on a row the workbook added after another added row.
    const reviewer = await midexToken(["--country", "RS", "--role", "reviewer"]);
    const applicants = girlsSheet("ASYAPPCTZM", "2026-11", 1, { citizen: "KI", added: ["KI"] });
    await acceptedSubmission(reviewer, applicants);

    const minors = getTemplate("ASYUMACTM");
    const file = folder.file("minors-2026-11.xlsx");
    const args = ["template", minors.id, "--country", "ME", "--period", "2026-11", "-o", file];
    expect((await midex(args)).code).toBe(0);
    const sheet = girlsSheet(minors.id, "2026-11", 5, { citizen: "KI", added: ["TV", "KI"] });
    const observations = sheetToObservations(sheet);
    // Tuvalu's row is added first, then Kiribati's: not in the template's order, in which the
    // exchange lays out the rows a sheet adds.
    const byCitizen = (keep: (citizen: string) => boolean) =>
      writeSdmxCsv(
        minors,
        observations.filter((o) => keep(o.key.citizen))
      );
    writeFileSync(
      folder.file("minors-1.csv"),
      byCitizen((c) => c !== "KI")
    );
    writeFileSync(
      folder.file("minors-2.csv"),
      byCitizen((c) => c === "KI")
    );
    for (const part of ["minors-1.csv", "minors-2.csv"]) {
      const imported = await midex(["import", folder.file(part), "--into", file]);
      expect([imported.code, imported.err, imported.out]).toEqual([0, "", expect.any(String)]);
    }

    const refused = await submitAsMe(file, "--json");
    expect(refused.code).toBe(1);
    const findings = JSON.parse(refused.out).findings as Finding[];
    const onKiribati = findings.filter((f) => f.key?.citizen === "KI");
    expect(onKiribati.length).toBeGreaterThan(0);
    const [own] = (await readWorkbook(file)).sheets;
    const row = own.layout.rowKeys.findIndex((k) => k.citizen === "KI");
    expect(row).toBe(own.layout.rowKeys.length - 1);
    for (const finding of onKiribati) {
      const col = own.layout.colKeys.findIndex((k) =>
        Object.entries(k).every(([dim, code]) => finding.key?.[dim] === code)
      );
      expect(finding.address).toBe(dataCellAddress(own, row, col));
    }
  });

  it("needs a token (exit 2)", async () => {
    const result = await midex(["submit", clean, "--endpoint", url]);
    expect(result.code).toBe(2);
    expect(result.err).toContain("no access token: pass --token <token> or set MIDEX_TOKEN.");
  });

  it("stops cleanly on SIGTERM, after which the endpoint is unreachable (exit 2)", async () => {
    const ended = new Promise((resolve) => server.on("exit", resolve));
    server.kill("SIGTERM");
    expect(await ended).toBe(0);
    expect(serverErr).toContain("midex exchange stopped (SIGTERM).");

    const result = await submitAsMe(clean);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^midex: .*127\.0\.0\.1/);
  });
});

describe("bin/midex.js as a child process", () => {
  it("exits 1 with JSON findings for a broken sheet, 2 for a file that is not a workbook", async () => {
    const broken = await workbook("broken.xlsx", { E14: "ten" });
    const findings = await runBin(["validate", broken, "--json"]);
    expect(findings.code).toBe(1);
    expect(JSON.parse(findings.out)).toMatchObject({ file: broken, summary: { errors: 1 } });

    const notExcel = folder.file("notes.xlsx");
    writeFileSync(notExcel, "these are notes, not a workbook\n");
    const unreadable = await runBin(["validate", notExcel]);
    expect(unreadable.code).toBe(2);
    expect(unreadable.err).toMatch(
      /^midex: cannot read .*notes\.xlsx: not an Excel \.xlsx workbook/
    );
    expect(unreadable.err).not.toMatch(/\n\s+at /);
  });
});
