import {
  commentProblem,
  DimensionKey,
  GivenJustification,
  SheetData,
  SubmissionRecords,
} from "../core";

/** A warned cell's codes as `keyText` writes them ("age=Y14-17;citizen=SY") back as a key. */
function keyOf(text: string): DimensionKey {
  return Object.fromEntries(
    text.split(";").map((part) => {
      const equals = part.indexOf("=");
      return [part.slice(0, equals), part.slice(equals + 1)];
    })
  );
}

/**
 * The justifications the workbook keeps for the sheet's warnings: typed in the add-in, or the
 * comments `midex import` read with the figures. A text that could not be sent (the pane lets
 * an official save one while still writing it) is left out, so its warning is named as
 * unjustified rather than the whole submission refused for a draft.
 */
export function savedJustifications(
  records: SubmissionRecords,
  sheet: SheetData
): GivenJustification[] {
  const name = sheet.sheetName ?? sheet.template.id;
  return records.justifications
    .filter((j) => j.sheet === name && commentProblem(j.text.trim()) === undefined)
    .map((j) => ({ ruleId: j.ruleId, key: keyOf(j.key), text: j.text }));
}
