import { validateSheet } from "../../src/core";
import { monthlySheet, ruleIds, setFigure } from "../support/sheets";

const syriaFrst = { citizen: "SY", applicant: "FRST" };

describe("figure values", () => {
  test.each([
    [12, []],
    [0, []],
    [":", []],
    [null, []],
  ])("%p is accepted", (value, expected) => {
    const sheet = monthlySheet();
    setFigure(sheet, { ...syriaFrst, sex: "M", age: "Y18-34" }, value);
    expect(validateSheet(sheet).filter((f) => f.ruleId === "figure-value")).toEqual(expected);
  });

  test.each([
    [-1, "value.negative"],
    [2.5, "value.decimal"],
    ["twelve", "value.text"],
    ["12", "value.text"],
    [true, "value.boolean"],
    [2 ** 60, "value.tooLarge"],
  ])("%p is a finding %s naming the cell and its labels", (value, messageId) => {
    const sheet = monthlySheet();
    setFigure(sheet, { ...syriaFrst, sex: "M", age: "Y18-34" }, value);
    const [finding] = validateSheet(sheet).filter((f) => f.ruleId === "figure-value");
    expect(finding.messageId).toBe(messageId);
    expect(finding.severity).toBe("error");
    expect(finding.message).toContain("Syria");
    expect(finding.message).toContain("From 18 to 34 years");
    expect(finding.address).toMatch(/^[A-Z]+\d+$/);
  });
});

describe("identities", () => {
  test("sex: T = M + F + UNK holds and fails", () => {
    const sheet = monthlySheet();
    const cell = { ...syriaFrst, age: "Y18-34" };
    setFigure(sheet, { ...cell, sex: "M" }, 5);
    setFigure(sheet, { ...cell, sex: "F" }, 3);
    setFigure(sheet, { ...cell, sex: "UNK" }, 1);
    setFigure(sheet, { ...cell, sex: "T" }, 9);
    expect(ruleIds(sheet)).not.toContain("sex-total");
    setFigure(sheet, { ...cell, sex: "T" }, 10);
    const finding = validateSheet(sheet).find((f) => f.ruleId === "sex-total")!;
    expect(finding).toMatchObject({ actual: 10, expected: 9, severity: "error" });
    expect(finding.involved).toHaveLength(4);
    expect(finding.key).toMatchObject({ citizen: "SY", sex: "T", age: "Y18-34" });
    expect(finding.message).toBe(
      "Total for Syria, First time applicant, From 18 to 34 years is 10, but males, females " +
        "and unknown sex add up to 9 (difference 1)."
    );
  });

  test("age: TOTAL = the six age groups, and Y_LT18 = Y_LT14 + Y14-17", () => {
    const sheet = monthlySheet();
    const cell = { ...syriaFrst, sex: "F" };
    const groups = { Y_LT14: 1, "Y14-17": 2, "Y18-34": 3, "Y35-64": 4, Y_GE65: 5, UNK: 6 };
    for (const [age, n] of Object.entries(groups)) setFigure(sheet, { ...cell, age }, n);
    setFigure(sheet, { ...cell, age: "TOTAL" }, 21);
    setFigure(sheet, { ...cell, age: "Y_LT18" }, 3);
    expect(ruleIds(sheet).filter((id) => id.startsWith("age"))).toEqual([]);
    setFigure(sheet, { ...cell, age: "TOTAL" }, 20);
    setFigure(sheet, { ...cell, age: "Y_LT18" }, 4);
    expect(
      ruleIds(sheet)
        .filter((id) => id.startsWith("age"))
        .sort()
    ).toEqual(["age-minors", "age-total"]);
  });

  test("applicant: TOTAL = FRST + SSEQ", () => {
    const sheet = monthlySheet();
    const cell = { citizen: "AF", sex: "M", age: "UNK" };
    setFigure(sheet, { ...cell, applicant: "FRST" }, 4);
    setFigure(sheet, { ...cell, applicant: "SSEQ" }, 2);
    setFigure(sheet, { ...cell, applicant: "TOTAL" }, 6);
    expect(ruleIds(sheet)).not.toContain("applicant-total");
    setFigure(sheet, { ...cell, applicant: "TOTAL" }, 4);
    expect(ruleIds(sheet)).toContain("applicant-total");
  });

  test("citizenship: TOTAL = the citizenship rows, aggregates such as EU27_2020 left out", () => {
    const sheet = monthlySheet();
    const cell = { applicant: "SSEQ", sex: "UNK", age: "UNK" };
    setFigure(sheet, { ...cell, citizen: "SY" }, 7);
    setFigure(sheet, { ...cell, citizen: "STLS" }, 2);
    setFigure(sheet, { ...cell, citizen: "EXT_EU27_2020" }, 9);
    setFigure(sheet, { ...cell, citizen: "TOTAL" }, 9);
    expect(ruleIds(sheet)).not.toContain("citizen-total");
    setFigure(sheet, { ...cell, citizen: "TOTAL" }, 18);
    const finding = validateSheet(sheet).find((f) => f.ruleId === "citizen-total")!;
    expect(finding).toMatchObject({ actual: 18, expected: 9 });
  });

  test("an empty total whose parts hold figures is a finding; a marker skips the identity", () => {
    const sheet = monthlySheet();
    const cell = { ...syriaFrst, age: "Y35-64" };
    setFigure(sheet, { ...cell, sex: "M" }, 2);
    expect(validateSheet(sheet).find((f) => f.ruleId === "sex-total")).toMatchObject({
      actual: null,
      expected: 2,
    });
    setFigure(sheet, { ...cell, sex: "F" }, ":");
    expect(ruleIds(sheet)).not.toContain("sex-total");
  });
});

describe("codes and metadata", () => {
  test("an unknown citizenship code and a repeated row are findings", () => {
    const sheet = monthlySheet();
    sheet.layout.rowKeys[5] = { citizen: "GR" };
    sheet.layout.rowKeys[6] = { citizen: "SY" };
    const findings = validateSheet(sheet).filter((f) => f.ruleId === "known-codes");
    expect(findings.map((f) => f.messageId).sort()).toEqual(["code.duplicate", "code.unknown"]);
    expect(findings.find((f) => f.messageId === "code.unknown")!.message).toContain('"GR"');
  });

  test("the reporting country must be a geo code and the period must fit the frequency", () => {
    expect(ruleIds(monthlySheet("XK", "2026-06"))).toEqual([]);
    const findings = validateSheet(monthlySheet("YU", "2026-13"));
    expect(findings.map((f) => f.messageId)).toEqual(["meta.country", "meta.period"]);
    expect(findings[0].address).toBe("B3");
    expect(findings[1].address).toBe("B4");
  });

  test("a sheet made with another template version gets a warning, not an error", () => {
    const sheet = monthlySheet();
    sheet.templateVersion = "0.9.0";
    const [finding] = validateSheet(sheet);
    expect(finding).toMatchObject({
      severity: "warning",
      messageId: "meta.unknownTemplateVersion",
    });
  });
});

describe("findings an official can act on", () => {
  test("a total whose parts are all empty says so instead of adding them up to 0", () => {
    const sheet = monthlySheet();
    setFigure(sheet, { ...syriaFrst, sex: "T", age: "Y18-34" }, 30);
    const finding = validateSheet(sheet).find((f) => f.ruleId === "sex-total")!;
    expect(finding.messageId).toBe("sum.partsEmpty");
    expect(finding.message).toContain("are all empty");
  });

  test("a blank total whose parts hold figures is called blank, not 0", () => {
    const sheet = monthlySheet();
    setFigure(sheet, { ...syriaFrst, sex: "F", age: "Y18-34" }, 4);
    const finding = validateSheet(sheet).find((f) => f.ruleId === "sex-total")!;
    expect(finding.messageId).toBe("sum.totalBlank");
    expect(finding.message).toMatch(/ is blank, but .* add up to 4\./);
  });

  test("a repeated column key is reported like a repeated row", () => {
    const sheet = monthlySheet();
    sheet.layout.colKeys[5] = { ...sheet.layout.colKeys[4] };
    const findings = validateSheet(sheet).filter((f) => f.messageId === "code.duplicate");
    expect(findings).toHaveLength(1);
    expect(findings[0].address).toBe("H7");
  });
});
