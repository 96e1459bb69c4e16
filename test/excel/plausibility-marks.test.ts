import { installFakeOffice } from "../fake-excel";
import { ChangeWatcher, loadTemplate, ReportUpdate, writePlausibilityMarks } from "../../src/excel";
import { Finding } from "../../src/core";
import { MARK_FILL, MARK_FONT, MARK_FORMULA } from "../../src/excel/mark-formats";

const SHEET = "ASYAPPCTZM";
const choice = { templateId: SHEET, country: "ME", period: "2026-06" };
const NOTES = { ExcelApi: "1.18" };
const NO_NOTES = { ExcelApi: "1.9" };

/** A plausibility warning on one figure cell of the template sheet. */
function warning(address: string, low = 100, high = 200): Finding {
  return {
    ruleId: "plausibility",
    severity: "warning",
    messageId: "plausibility.high",
    params: { actual: high * 3, low, high },
    message: "far above its usual range",
    sheet: SHEET,
    address,
    actual: high * 3,
    history: {
      points: Array.from({ length: 12 }, (_, i) => ({ period: `2025-${i + 1}`, value: low })),
      low,
      high,
    },
  };
}

async function templateSheet(requirementSets: Record<string, string>) {
  const host = installFakeOffice(globalThis, { requirementSets });
  const report = await loadTemplate(choice);
  host.resetCounters();
  return { host, sheetId: report.sheetId };
}

async function watching(host: ReturnType<typeof installFakeOffice>) {
  const updates: ReportUpdate[] = [];
  const errors: Error[] = [];
  const watcher = new ChangeWatcher({
    onUpdate: (update) => updates.push(update),
    onError: (error) => errors.push(error),
    delayMs: 0,
  });
  await watcher.start();
  await host.idle();
  return { updates, errors, watcher };
}

describe("plausibility marks as cell notes (ExcelApi 1.18)", () => {
  it("puts a recognisable note on each warned cell in one write, after one read", async () => {
    const { host, sheetId } = await templateSheet(NOTES);

    const result = await writePlausibilityMarks(sheetId, [warning("E20"), warning("F21", 5, 9)]);

    expect(result).toEqual({
      kind: "note",
      added: ["E20", "F21"],
      removed: [],
      updated: [],
      userNotes: [],
    });
    const notes = host.notes(SHEET);
    expect(notes.map((n) => n.address)).toEqual(["E20", "F21"]);
    expect(notes[0].content).toMatch(/^WB-MIDEX: This figure is unusual/);
    expect(notes[0].content).toContain("usual range for this cell is 100 to 200");
    expect(notes[0].content).toContain("justify it when you submit");
    expect(notes[1].content).toContain("5 to 9");
    expect(notes.every((n) => !n.visible)).toBe(true);
    expect(host.syncCount).toBe(2);
    expect(host.conditionalFormats(SHEET).some((cf) => cf.formula === MARK_FORMULA)).toBe(false);
  });

  it("leaves the sheet protected as it was", async () => {
    const { host, sheetId } = await templateSheet(NOTES);
    const before = host.protection(SHEET);

    await writePlausibilityMarks(sheetId, [warning("E20")]);
    await writePlausibilityMarks(sheetId, []);

    expect(before.protected).toBe(true);
    expect(host.protection(SHEET)).toEqual(before);
  });

  it("writes nothing when the marks already match, in a single read", async () => {
    const { host, sheetId } = await templateSheet(NOTES);
    await writePlausibilityMarks(sheetId, [warning("E20"), warning("F21")]);
    const notes = host.notes(SHEET);
    host.resetCounters();

    const result = await writePlausibilityMarks(sheetId, [warning("F21"), warning("E20")]);

    expect(result).toMatchObject({ added: [], removed: [], updated: [] });
    expect(host.notes(SHEET)).toEqual(notes);
    expect(host.syncCount).toBe(1);
  });

  it("removes the note of a resolved warning and keeps the others", async () => {
    const { host, sheetId } = await templateSheet(NOTES);
    await writePlausibilityMarks(sheetId, [warning("E20"), warning("F21"), warning("G22")]);
    const kept = host.notes(SHEET).find((n) => n.address === "F21");
    host.resetCounters();

    const result = await writePlausibilityMarks(sheetId, [warning("F21")]);

    expect(result).toMatchObject({ added: [], removed: ["E20", "G22"] });
    expect(host.notes(SHEET)).toEqual([kept]);
    expect(host.syncCount).toBe(3);
  });

  it("rewrites the text of a kept note when the usual range moves", async () => {
    const { host, sheetId } = await templateSheet(NOTES);
    await writePlausibilityMarks(sheetId, [warning("E20", 100, 200)]);

    const result = await writePlausibilityMarks(sheetId, [warning("E20", 1200, 1800)]);

    expect(result).toMatchObject({ added: [], removed: [], updated: ["E20"] });
    expect(host.notes(SHEET)).toHaveLength(1);
    expect(host.notes(SHEET)[0].content).toContain("1,200 to 1,800");
  });

  it("never adds to, changes or deletes the official's own note", async () => {
    const { host, sheetId } = await templateSheet(NOTES);
    host.seedNote(SHEET, "E20", "Source: border police, revised figure");
    host.seedNote(SHEET, "H30", "Ask Ana about this row");

    const marked = await writePlausibilityMarks(sheetId, [warning("E20"), warning("F21")]);
    const cleared = await writePlausibilityMarks(sheetId, []);

    expect(marked).toMatchObject({ added: ["F21"], userNotes: ["E20"] });
    expect(cleared).toMatchObject({ removed: ["F21"] });
    expect(host.notes(SHEET).map((n) => [n.address, n.content])).toEqual([
      ["E20", "Source: border police, revised figure"],
      ["H30", "Ask Ana about this row"],
    ]);
  });

  it("leaves an official's words in a note alone, even in one of ours or one starting like ours", async () => {
    const { host, sheetId } = await templateSheet(NOTES);
    await writePlausibilityMarks(sheetId, [warning("E20")]);
    const ours = host.notes(SHEET)[0].content;
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetId);
      sheet.protection.unprotect();
      sheet.notes.getItem("E20").content = `${ours}\nChecked with the border police: right.`;
      sheet.notes.add("H30", "WB-MIDEX: ask Ana about this row");
      sheet.protection.protect();
      await context.sync();
    });

    const moved = await writePlausibilityMarks(sheetId, [warning("E20", 1000, 2000)]);
    const cleared = await writePlausibilityMarks(sheetId, []);

    expect(moved).toMatchObject({ added: [], updated: [], userNotes: ["E20"] });
    expect(cleared).toMatchObject({ removed: [] });
    expect(host.notes(SHEET).map((n) => n.address)).toEqual(["E20", "H30"]);
    expect(host.notes(SHEET)[0].content).toContain("border police");
  });

  it("protects the sheet again as it was when a write fails half-way", async () => {
    const { host, sheetId } = await templateSheet(NOTES);
    const before = host.protection(SHEET);
    const writing = writePlausibilityMarks(sheetId, [warning("E20")]);
    // A co-author's note arrives between the read and the write: adding ours then fails.
    await Promise.resolve();
    host.seedNote(SHEET, "E20", "typed meanwhile by a co-author");

    await expect(writing).rejects.toThrow();
    expect(host.protection(SHEET)).toEqual(before);
    expect(before.protected).toBe(true);
  });

  it("marks no cell for a warning whose address names none, and says nothing of it", async () => {
    const { host, sheetId } = await templateSheet(NOTES);
    const strange = ["ZZZZ1", "R1C1", "A1048577", ""].map((address) => warning(address));

    const result = await writePlausibilityMarks(sheetId, [...strange, warning("E20")]);

    expect(result.added).toEqual(["E20"]);
    expect(host.notes(SHEET).map((n) => n.address)).toEqual(["E20"]);
  });

  it("keeps a mark that moved with its cell when the official inserted a row", async () => {
    const { host, sheetId } = await templateSheet(NOTES);
    await writePlausibilityMarks(sheetId, [warning("E20")]);
    await host.user.unprotect(SHEET);
    await host.user.insertRows(SHEET, 18);

    const result = await writePlausibilityMarks(sheetId, [warning("E21")]);

    expect(result).toMatchObject({ added: [], removed: [], updated: [] });
    expect(host.notes(SHEET).map((n) => n.address)).toEqual(["E21"]);
  });

  it("writes any number of marks in the same one write sync", async () => {
    const { host, sheetId } = await templateSheet(NOTES);
    const many = Array.from({ length: 40 }, (_, i) => warning(`F${20 + i}`));

    await writePlausibilityMarks(sheetId, many);

    expect(host.notes(SHEET)).toHaveLength(40);
    expect(host.syncCount).toBe(2);
  });

  it("splits a write too large for one request", async () => {
    const { host, sheetId } = await templateSheet(NOTES);
    const many = Array.from({ length: 40 }, (_, i) => warning(`F${20 + i}`));

    await writePlausibilityMarks(sheetId, many, { payloadLimitBytes: 12_000 });

    expect(host.notes(SHEET)).toHaveLength(40);
    expect(host.syncCount).toBeGreaterThan(2);
    expect(host.protection(SHEET).protected).toBe(true);
  });

  it("is not taken for an edit by the change watcher, while an official's note is", async () => {
    const { host, sheetId } = await templateSheet(NOTES);
    const { updates, errors } = await watching(host);

    await writePlausibilityMarks(sheetId, [warning("E20"), warning("F21")]);
    await writePlausibilityMarks(sheetId, [warning("F21")]);
    await host.idle();
    const afterMarks = updates.length;
    await host.user.unprotect(SHEET);
    await host.user.addNote(SHEET, "G22", "checked with the ministry");

    expect(afterMarks).toBe(0);
    expect(host.eventPauses).toBe(0);
    expect(updates).toHaveLength(1);
    expect(errors).toEqual([]);
  });
});

describe("plausibility marks as conditional formats (before ExcelApi 1.18)", () => {
  it("marks the cell without touching its own format, and restores it when resolved", async () => {
    const { host, sheetId } = await templateSheet(NO_NOTES);
    const cell = host.cell(SHEET, "E20");
    const rules = host.conditionalFormats(SHEET);

    const marked = await writePlausibilityMarks(sheetId, [warning("E20")]);
    const withMark = host.conditionalFormats(SHEET);
    const cellWithMark = host.cell(SHEET, "E20");
    const cleared = await writePlausibilityMarks(sheetId, []);

    expect(marked).toMatchObject({ kind: "format", added: ["E20"], removed: [] });
    expect(withMark).toHaveLength(rules.length + 1);
    const mark = withMark.find((cf) => cf.formula === MARK_FORMULA);
    expect(mark).toMatchObject({ range: `${SHEET}!E20`, fill: MARK_FILL, fontColor: MARK_FONT });
    expect(cellWithMark).toEqual(cell);
    expect(cleared).toMatchObject({ added: [], removed: ["E20"] });
    expect(host.conditionalFormats(SHEET)).toEqual(rules);
    expect(host.cell(SHEET, "E20")).toEqual(cell);
    expect(host.notes(SHEET)).toEqual([]);
  });

  it("puts its marks after the template's rules, so a cell shown as wrong stays red", async () => {
    const { host, sheetId } = await templateSheet(NO_NOTES);

    await writePlausibilityMarks(sheetId, [warning("E20"), warning("F21")]);

    const rules = host.conditionalFormats(SHEET).sort((a, b) => a.priority - b.priority);
    expect(rules.slice(-2).map((cf) => cf.formula)).toEqual([MARK_FORMULA, MARK_FORMULA]);
    expect(rules.slice(0, -2).some((cf) => cf.formula === MARK_FORMULA)).toBe(false);
  });

  it("adds and removes only its own rules", async () => {
    const { host, sheetId } = await templateSheet(NO_NOTES);
    const templateRules = host.conditionalFormats(SHEET);
    await writePlausibilityMarks(sheetId, [warning("E20"), warning("F21")]);

    const result = await writePlausibilityMarks(sheetId, [warning("F21"), warning("G22")]);

    expect(result).toMatchObject({ added: ["G22"], removed: ["E20"] });
    const after = host.conditionalFormats(SHEET);
    const marks = after.filter((cf) => cf.formula === MARK_FORMULA).map((cf) => cf.range);
    expect(marks.sort()).toEqual([`${SHEET}!F21`, `${SHEET}!G22`]);
    const others = after.filter((cf) => cf.formula !== MARK_FORMULA);
    expect(others.map(({ range, formula }) => ({ range, formula }))).toEqual(
      templateRules.map(({ range, formula }) => ({ range, formula }))
    );
    expect(host.protection(SHEET).protected).toBe(true);
  });

  it("reads in two syncs and writes a set of marks in one", async () => {
    const { host, sheetId } = await templateSheet(NO_NOTES);
    const many = Array.from({ length: 40 }, (_, i) => warning(`F${20 + i}`));

    await writePlausibilityMarks(sheetId, many);
    const writing = host.syncCount;
    host.resetCounters();
    await writePlausibilityMarks(sheetId, many);

    expect(writing).toBe(3);
    expect(host.syncCount).toBe(2);
  });

  it("is not taken for an edit by the change watcher", async () => {
    const { host, sheetId } = await templateSheet(NO_NOTES);
    const { updates, errors } = await watching(host);
    const pauses = host.eventPauses;

    await writePlausibilityMarks(sheetId, [warning("E20")]);
    await writePlausibilityMarks(sheetId, []);
    await host.idle();

    expect(host.eventPauses).toBe(pauses + 2);
    expect(host.enableEvents).toBe(true);
    expect(updates).toEqual([]);
    expect(errors).toEqual([]);
  });
});
