import { wordIn } from "./wording";

/** English wording of every finding. Parameters are plain data filled in by the rules. */
type P = Record<string, string | number>;

const EXCERPT_LENGTH = 60;

/**
 * At most the first ~60 characters of a value a person typed, so a message quoting a cell that
 * holds a whole document stays one readable line.
 */
export function excerpt(value: string | number | boolean | null | undefined): string {
  const text = String(value ?? "");
  return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH)}…` : text;
}

const q = excerpt;

/** The sheet's fields a workbook's stamp records, as they are named in a sentence. */
const FIELD = {
  templateId: "the template",
  templateVersion: "the template version",
  country: "the reporting country",
  period: "the reference period",
};
const field = (p: P) => wordIn(FIELD, p.field);

const figureRule = 'A figure is a whole number of persons, 0 or more, or ":" when not available.';

/** The SDMX-CSV line a problem is on. */
const onLine = (p: P) => `line ${p.line}: `;

/** A comment read from an SDMX-CSV line names it; one checked on its own (a justification) not. */
const inComment = (p: P) => (hasLine(p) ? `${onLine(p)}COMMENT_OBS: ` : "");

export function hasLine(p: P): boolean {
  return p.line !== undefined && p.line !== "";
}

export const en = {
  "value.negative": (p: P) => `${p.cell} holds ${q(p.value)}, a negative number. ${figureRule}`,
  "value.decimal": (p: P) =>
    `${p.cell} holds ${q(p.value)}, which is not a whole number. ${figureRule}`,
  "value.text": (p: P) => `${p.cell} holds the text "${q(p.value)}". ${figureRule}`,
  "value.boolean": (p: P) => `${p.cell} holds ${q(p.value)}, a true/false value. ${figureRule}`,
  "value.tooLarge": (p: P) => `${p.cell} holds ${q(p.value)}, which is too large to be a count.`,
  "code.unknown": (p: P) =>
    p.code === ""
      ? `${p.address} has no code of ${p.dimension}. Use a code from the ${p.list} list.`
      : `${p.address}: "${q(p.code)}" is not a code of ${p.dimension}. ` +
        `Use a code from the ${p.list} list.`,
  "code.duplicate": (p: P) =>
    `${p.address}: ${p.dimension} "${q(p.code)}" appears twice (also at ${p.other}); ` +
    "keep one and add its figures together.",
  "meta.unknownTemplateVersion": (p: P) =>
    `The sheet was made with template version ${q(p.found)}; this add-in has version ${p.current}.`,
  "template.earlierVersion": (p: P) =>
    `Sheet "${q(p.sheet)}" was made with template version ${p.version}; run midex migrate to ` +
    `move its figures into version ${p.current}.`,
  "meta.templateVersion": (p: P) =>
    `${p.address}: "${q(p.found)}" is not a template version (versions look like ${p.current}). ` +
    "Put back the version the sheet was made with, or load the template again.",
  "meta.country": (p: P) =>
    `${p.address}: "${q(p.value)}" is not a reporting country code. ` +
    "Use a Eurostat geo code such as ME.",
  "meta.period": (p: P) =>
    `${p.address}: "${q(p.value)}" is not ${p.frequency} reference period; ` +
    `write it like ${p.example}.`,
  "stamp.mismatch": (p: P) =>
    `Sheet "${p.sheet}": ${field(p)} in ${p.cell} is "${q(p.found)}", but the sheet was made for ` +
    `"${q(p.recorded)}". Type "${q(p.recorded)}" back into ${p.cell}. For other data, copy the ` +
    "figures into a sheet made for them with the add-in or midex template.",
  "stamp.recordChanged": (p: P) =>
    `Sheet "${p.sheet}": the workbook's hidden records of how the sheet was made disagree: one ` +
    `says ${field(p)} "${q(p.recorded)}", the other "${q(p.found)}", as ${p.cell} does. They ` +
    "cannot be changed in Excel, so another program changed one. Copy the figures into a sheet " +
    "made with the add-in or midex template.",
  "stamp.recordLost": (p: P) =>
    `Sheet "${p.sheet}": one of the workbook's two hidden records of how the sheet was made is ` +
    "gone, as happens when a program other than Excel saves the workbook. The other record " +
    "matches the sheet, so the figures can be checked and submitted as they are.",
  "stamp.unrecorded": (p: P) =>
    `Sheet "${p.sheet}" is not one this workbook was made with: it was renamed, or copied in ` +
    "from another workbook. If it was renamed, give it back its earlier name; otherwise copy " +
    "its figures into a sheet made for them with the add-in or midex template.",
  "sum.mismatch": (p: P) =>
    `${p.totalLabel} for ${p.context} is ${p.actual}, but ${p.parts} add up to ${p.expected}` +
    ` (difference ${p.difference}).`,
  "sum.partsEmpty": (p: P) =>
    `${p.totalLabel} for ${p.context} is ${p.actual}, but ${p.parts} are all empty. Fill them ` +
    "in, with 0 where there were none, or : where the breakdown is not available.",
  "sum.totalBlank": (p: P) =>
    `${p.totalLabel} for ${p.context} is blank, but ${p.parts} add up to ${p.expected}. Write ` +
    "the total there, or : where it is not available.",
  "sum.mismatchRounded": (p: P) =>
    `${p.totalLabel} for ${p.context} is ${p.actual}, but ${p.parts} add up to ${p.expected}` +
    ` (difference ${p.difference}). Taking the figures as rounded to the nearest ${p.base}, ` +
    `as Eurostat publishes them, rounding ${p.count} figures can explain a difference of up ` +
    `to ${p.maxDifference}, so this one may come from rounding.`,
  "complete.blank": (p: P) =>
    `${p.cell} is blank. Before submitting, every figure cell needs a figure, 0 where there ` +
    "were none, or : where the figure is not available.",
  "complete.blankRow": (p: P) =>
    `Row ${p.row} (${p.context}) is blank: its ${p.count} figure cells are empty. Fill them ` +
    "in before submitting, with 0 where there were none, or : where not available.",
  "complete.blankSheet": (p: P) =>
    `Sheet "${p.sheet}" has no figures yet: all ${p.count} figure cells are blank. Fill them in ` +
    "before submitting, with 0 where there were none, or : where not available.",
  "atMost.exceeds": (p: P) =>
    `${p.context}: ${p.partLabel} (${p.actual}) are more than ${p.wholeLabel} ` +
    `(${p.expected}). They are counted within ${p.wholeLabel}, so they cannot be more.`,
  "atMost.exceedsRounded": (p: P) =>
    `${p.context}: ${p.partLabel} (${p.actual}) are more than ${p.wholeLabel} ` +
    `(${p.expected}). Taking the figures as rounded to the nearest ${p.base}, as Eurostat ` +
    `publishes them, rounding can explain a difference of up to ${p.maxDifference}, so this ` +
    "one may come from rounding.",
  "package.exceeds": (p: P) =>
    `${p.context}: ${p.partLabel} (${p.actual}, sheet "${p.sheet}" ${p.address}) are more ` +
    `than ${p.wholeLabel} (${p.expected}, sheet "${p.otherSheet}" ${p.otherAddress}). ` +
    "The first are counted within the second, so they cannot be more.",
  "package.exceedsUsually": (p: P) =>
    `${p.context}: ${p.partLabel} (${p.actual}, sheet "${p.sheet}" ${p.address}) are more ` +
    `than ${p.wholeLabel} (${p.expected}, sheet "${p.otherSheet}" ${p.otherAddress}). ` +
    "The first are usually counted within the second: check both, or explain it when submitting.",
  "package.differs": (p: P) =>
    `${p.context}: ${p.partLabel} (${p.actual}, sheet "${p.sheet}" ${p.address}) differ from ` +
    `${p.wholeLabel} (${p.expected}, sheet "${p.otherSheet}" ${p.otherAddress}). Both count ` +
    "the same persons, so they should be equal.",
  "period.sumOfParts": (p: P) =>
    `${p.context}: ${p.actual} for ${p.period}, but the ${p.count} shorter periods from ` +
    `${p.first} to ${p.last} add up to ${p.expected}. A count of events over ${p.period} ` +
    "should be the sum of its parts.",
  "plausibility.high": (p: P) =>
    `${p.context}: ${p.actual} is far above this cell's usual range of ${p.low}–${p.high} ` +
    `(${p.count} earlier periods, ${p.first} to ${p.last}). Check the figure, or explain it ` +
    "when submitting.",
  "plausibility.low": (p: P) =>
    `${p.context}: ${p.actual} is far below this cell's usual range of ${p.low}–${p.high} ` +
    `(${p.count} earlier periods, ${p.first} to ${p.last}). Check the figure, or explain it ` +
    "when submitting.",
  "sdmx.fieldCount": (p: P) => `${onLine(p)}${p.count} fields where the header has ${p.expected}`,
  "sdmx.otherStructure": (p: P) =>
    `${onLine(p)}structure "${q(p.structure)}" differs from the first line's`,
  "sdmx.action": (p: P) => `${onLine(p)}action "${q(p.action)}" is not supported (use I, A or R)`,
  "sdmx.period": (p: P) =>
    `${onLine(p)}"${q(p.value)}" is not ${p.frequency} period; write it like ${p.example}`,
  "sdmx.notNumber": (p: P) => `${onLine(p)}OBS_VALUE "${q(p.value)}" is not a number`,
  "sdmx.tooLarge": (p: P) => `${onLine(p)}OBS_VALUE ${q(p.value)} is too large to be a count`,
  "sdmx.status": (p: P) =>
    `${onLine(p)}OBS_STATUS "${q(p.status)}" is not supported; use A (a figure) or M (missing)`,
  "sdmx.missingWithValue": (p: P) =>
    `${onLine(p)}OBS_STATUS M (missing) but OBS_VALUE ${q(p.value)}; leave the value empty ` +
    "or use A",
  "comment.tooLong": (p: P) =>
    `${inComment(p)}the comment is ${p.length} characters long; at most ${p.max} are allowed`,
  "comment.control": (p: P) =>
    `${inComment(p)}the comment holds a control character (U+${p.code}) at position ` +
    `${p.position}; write it on one line, without tabs or line breaks`,
  "comment.layout": (p: P) =>
    `${inComment(p)}the comment holds an invisible character that changes how text is shown ` +
    `(U+${p.code}) at position ${p.position}; remove it`,
  "comment.notText": (p: P) =>
    `${inComment(p)}the comment holds a code that is not a character (U+${p.code}) at position ` +
    `${p.position}, often left by copying from another program; type the text there again`,
  "comment.formula": (p: P) =>
    `${inComment(p)}the comment may not start with =, +, - or @, because spreadsheet programs ` +
    "would run it as a formula; start with a word",
};
