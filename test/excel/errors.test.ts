import { UserError } from "../../src/core";
import { ExcelProblem } from "../../src/excel";
import { toExcelProblem } from "../../src/excel/errors";

describe("turning Office errors into messages for officials", () => {
  it("replaces Office's own text by a sentence chosen from the error code, keeping the cause", () => {
    const office = Object.assign(new Error("Der Vorgang ist ungültig (RichApi)"), {
      code: "InvalidOperationInCellEditMode",
    });

    const problem = toExcelProblem(office);

    expect(problem).toBeInstanceOf(ExcelProblem);
    expect(problem.message).toMatch(/finish typing in a cell/);
    expect(problem.message).not.toContain("RichApi");
    expect(problem.cause).toBe(office);
  });

  it("gives a general sentence for an unknown code or a bug, never the raw text", () => {
    expect(toExcelProblem(new TypeError("x is undefined")).message).toMatch(/could not complete/);
    expect(toExcelProblem({ code: "SomethingNew", message: "raw" }).message).toMatch(
      /could not complete.*SomethingNew/
    );
  });

  it("passes the user's own mistakes through unchanged", () => {
    const mistake = new UserError("Cell B2 should hold a template id.");

    expect(toExcelProblem(mistake)).toBe(mistake);
  });
});
