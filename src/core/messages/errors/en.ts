/**
 * The sentences of the errors a user can fix (see UserError), in English: the reference every
 * other language is checked against, and the text logs, the exchange and --json keep. Parameters
 * are the user's files, codes and figures as given; `code` is a file system error code and
 * `frequency` a template's frequency (M, Q or A), which each language words itself.
 */
export type P = Record<string, string | number>;

const FILE_PROBLEM: Record<string, string> = {
  ENOENT: "no such file or folder",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "it is a folder",
  EBUSY: "the file is open in another program",
  NOT_UTF8: 'its text is not UTF-8 (in Excel save it as "CSV UTF-8")',
};
const FREQUENCY: Record<string, string> = { M: "monthly", Q: "quarterly", A: "annual" };

/** Where on the workbook: the named sheet, or the one sheet being read. */
const where = (p: P) => (p.sheet ? `Sheet "${p.sheet}"` : "The sheet");

export const errorsEn = {
  cannotRead: (p: P) => `cannot read ${p.file}: ${FILE_PROBLEM[p.code] ?? p.code}.`,
  cannotWrite: (p: P) => `cannot write ${p.file}: ${FILE_PROBLEM[p.code] ?? p.code}.`,
  notXlsx: (p: P) =>
    `cannot read ${p.file}: not an Excel .xlsx workbook (save it from Excel as "Excel Workbook").`,
  macroWorkbook: (p: P) =>
    `${p.file}: macro-enabled workbooks are read-only for midex: save a copy as .xlsx ` +
    '(in Excel: File > Save As > "Excel Workbook") and use the copy.',
  noTemplateSheet: (p: P) =>
    `${p.file} holds no WB-MIDEX template sheet: cell B2 of a template sheet holds its id, such ` +
    "as ASYAPPCTZM. Create one with `midex template`.",
  notTemplateSheet: (p: P) =>
    `${where(p)} is not a WB-MIDEX template: cell B2 should hold a template id such as ASYAPPCTZM` +
    (p.id ? `, but holds "${p.id}".` : ", but is empty."),
  headerMismatch: (p: P) =>
    `${where(p)}'s header rows do not match template ${p.template} named in B2: ${p.cell} ` +
    `should hold "${p.expected}". Put back the template id the sheet was made with, or load ` +
    `template ${p.template} on a new sheet.`,
  figureWithoutColumnCode: (p: P) =>
    `${where(p)}, ${p.cell}: a figure in a column without a code in ${p.codeCell}. ` +
    "Enter the codes of the column or clear its figures.",
  figuresWithoutRowCode: (p: P) =>
    `${where(p)}, row ${p.row}: figures without a code in ${p.codeCell}. ` +
    "Enter the code of the row or clear its figures.",
  unknownTemplate: (p: P) => `There is no template "${p.id}". Known templates: ${p.known}.`,
  unknownTemplateOrPackage: (p: P) =>
    `there is no template or package "${p.id}". Templates: ${p.templates}. ` +
    `Packages: ${p.packages}. See \`midex templates\`.`,
  geoAlias: (p: P) =>
    `"${p.text}" is not a Eurostat geo code: did you mean ${p.alias}? ` +
    `Eurostat writes ${p.label} as ${p.alias}.`,
  notCountry: (p: P) =>
    `"${p.text}" is not a reporting country code. Use a Eurostat geo code; the ` +
    `WB-MIDEX participants are ${p.participants}.`,
  notPeriodOfTemplate: (p: P) =>
    `"${p.text}" is not a reference period of ${p.template}, which is ` +
    `${FREQUENCY[p.frequency]}; write it like ${p.example}.`,
  notPeriodOfPackage: (p: P) =>
    `"${p.text}" is not a reference period of the package ${p.package}, which is ` +
    `${FREQUENCY[p.frequency]}; write it like ${p.example}.`,
  notPeriod: (p: P) =>
    `"${p.text}" is not a reference period; write it like 2026-06, 2026-Q2 or 2026.`,
  outputIsInput: (p: P) =>
    `the output file ${p.file} is the file being read; give another name with -o.`,
  wrongExtension: (p: P) => `the output file should end in ${p.extension}, not "${p.file}".`,
  fileExists: (p: P) => `${p.file} already exists; pass --force to replace it.`,
  noSuchTemplateSheet: (p: P) =>
    `${p.file} has no template sheet "${p.sheet}" (it has ${p.sheets}).`,
  severalTemplateSheets: (p: P) =>
    `${p.file} holds several template sheets (${p.sheets}); choose one with --sheet.`,
  noSuchSheet: (p: P) => `${p.file} has no sheet named "${p.sheet}".`,
  importNoSheet: (p: P) =>
    `${p.file} does not have a sheet of template ${p.template}, which the data are for. ` +
    `Create one with \`midex template ${p.template}\`.`,
  importNoNamedSheet: (p: P) =>
    `${p.file} does not have a sheet "${p.sheet}" of template ${p.template}, which the data ` +
    `are for. Create one with \`midex template ${p.template}\`.`,
  importSeveralSheets: (p: P) =>
    `${p.file} has several ${p.template} sheets that could take the data; choose one with --sheet.`,
  swappedFiles: (p: P) =>
    `${p.file} is an Excel workbook, not SDMX-CSV data: the data file comes first and the ` +
    `workbook after --into, as in \`midex import data.csv --into ${p.workbook}\`.`,
  mixedCountries: (p: P) =>
    `the file mixes reporting countries (${p.codes}); it is checked like one template sheet, ` +
    "so split it by reporting country and reference period.",
  mixedPeriods: (p: P) =>
    `the file mixes reference periods (${p.codes}); it is checked like one template sheet, ` +
    "so split it by reporting country and reference period.",
  notSdmx: () =>
    "This is not SDMX-CSV: the first line should start with STRUCTURE (SDMX-CSV 2.0) or " +
    "DATAFLOW (Eurostat's SDMX-CSV 1.0).",
  csvQuoteNotClosed: (p: P) =>
    `The file is not valid CSV: the quoted field that starts on line ${p.line} is never ` +
    'closed (its closing " is missing).',
  csvTextAfterQuote: (p: P) =>
    `The file is not valid CSV: on line ${p.line}, text follows the quote that closes a ` +
    'field. Put the whole field in quotes and double each quote inside it ("").',
  repeatedColumn: (p: P) =>
    `The header names the column "${p.column}" twice (again in column ${p.index}); each ` +
    "column may appear only once.",
  sdmxHeader: () => "The header must have STRUCTURE_ID (or DATAFLOW), TIME_PERIOD and OBS_VALUE.",
  noObservations: () => "The file has a header but no observations.",
  missingColumn: (p: P) => `The file has no column "${p.column}" (${p.label}); it is required.`,
  unknownStructure: (p: P) =>
    `The file's structure "${p.structure}" is not one of our templates (known: ${p.known}).`,
  otherAgency: (p: P) =>
    `The file's structure "${p.structure}" names agency ${p.agency}; ` +
    `our templates follow ${p.expected}'s datasets (e.g. ${p.example}).`,
  otherDataset: (p: P) =>
    `The file holds ${p.dataset} data but template ${p.template} was expected.`,
  noToken: () => "no access token: pass --token <token> or set MIDEX_TOKEN.",
  portInUse: (p: P) => `port ${p.port} is already in use; choose another with --port.`,
  notHostAddress: (p: P) => `${p.host} is not an address of this machine (--host).`,
  forSubmissionNeedsWorkbook: (p: P) =>
    `--for-submission checks a workbook as midex submit does, and ${p.file} is SDMX-CSV data, ` +
    "which midex submit does not send; check it without --for-submission.",
};

export type ErrorId = keyof typeof errorsEn;
export type ErrorCatalogue = Record<ErrorId, (p: P) => string>;
