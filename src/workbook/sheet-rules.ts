import type ExcelJS from "exceljs";
import {
  cellAddress,
  highlightRules,
  inputRules,
  META,
  parseRange,
  SheetLayout,
  Template,
} from "../core";
import { codesReference } from "./support-sheets";
import { INVALID_STYLE } from "./styles";

/** exceljs keeps a sheet's validations on a field its typings leave out. */
type RuledWorksheet = ExcelJS.Worksheet & {
  dataValidations: {
    model: Record<string, ExcelJS.DataValidation | undefined>;
    add(address: string, validation: ExcelJS.DataValidation): void;
  };
};

function ruled(worksheet: ExcelJS.Worksheet): RuledWorksheet {
  return worksheet as RuledWorksheet;
}

/** Excel stores formulas in conditional formats and validations without the leading "=". */
function bare(formula: string): string {
  return formula.startsWith("=") ? formula.slice(1) : formula;
}

export function countryCellAddress(): string {
  return cellAddress(META.countryRow, META.valueCol);
}

/** One conditional format per rule: Excel paints a cell whose rule formula is TRUE. */
export function applyHighlightRules(
  worksheet: ExcelJS.Worksheet,
  template: Template,
  layout: SheetLayout
) {
  highlightRules(template, layout).forEach((rule, i) => {
    worksheet.addConditionalFormatting({
      ref: rule.range,
      rules: [
        {
          type: "expression",
          priority: i + 1,
          formulae: [bare(rule.formula)],
          style: INVALID_STYLE,
        },
      ],
    });
  });
}

/** What may be typed into a figure cell: Excel refuses anything else with the rule's message. */
export function applyFigureValidation(
  worksheet: ExcelJS.Worksheet,
  template: Template,
  layout: SheetLayout
) {
  for (const rule of inputRules(template, layout)) {
    ruled(worksheet).dataValidations.add(rule.range, {
      type: "custom",
      formulae: [bare(rule.formula)],
      allowBlank: true,
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: "Not a figure",
      error: rule.message,
    });
  }
}

/** A drop-down of the geo codes, read from the hidden codes sheet (a list has no length limit). */
export function applyCountryList(worksheet: ExcelJS.Worksheet, template: Template) {
  ruled(worksheet).dataValidations.add(countryCellAddress(), {
    type: "list",
    formulae: [codesReference(template).codes],
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: "Unknown country",
    error: "Choose the reporting country's Eurostat geo code from the list, for example ME.",
  });
}

/**
 * Removes the figure cells' validations. exceljs expands a validation into one entry per cell
 * when it reads a file and then writes overlapping ranges that all keep the top-left cell's
 * formula, which would check the wrong cells; validations elsewhere are kept.
 */
export function clearFigureValidation(
  worksheet: ExcelJS.Worksheet,
  template: Template,
  layout: SheetLayout
) {
  const areas = inputRules(template, layout).map((r) => parseRange(r.range));
  const model = ruled(worksheet).dataValidations.model;
  for (const address of Object.keys(model)) {
    const at = parseRange(address);
    const covered = areas.some(
      (a) =>
        at.row >= a.row && at.lastRow <= a.lastRow && at.col >= a.col && at.lastCol <= a.lastCol
    );
    if (covered) delete model[address];
  }
}
