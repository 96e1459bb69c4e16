import { ErrorCatalogue, P } from "./en";

/** Macedonian wording of the errors. */
const FILE_PROBLEM: Record<string, string> = {
  ENOENT: "нема таква датотека или папка",
  EACCES: "пристапот не е дозволен",
  EPERM: "пристапот не е дозволен",
  EISDIR: "тоа е папка",
  EBUSY: "датотеката е отворена во друга програма",
  NOT_UTF8: "текстот не е во UTF-8 (во Excel зачувајте ја како „CSV UTF-8“)",
};
const FREQUENCY: Record<string, string> = { M: "месечен", Q: "тримесечен", A: "годишен" };
const problem = (p: P) => FILE_PROBLEM[p.code] ?? p.code;

const where = (p: P) => (p.sheet ? `Листот „${p.sheet}“` : "Листот");
const ofSheet = (p: P) => (p.sheet ? `листот „${p.sheet}“` : "листот");

export const errorsMk: ErrorCatalogue = {
  cannotRead: (p) => `${p.file} не може да се прочита: ${problem(p)}.`,
  cannotWrite: (p) => `${p.file} не може да се запише: ${problem(p)}.`,
  notXlsx: (p) =>
    `${p.file} не може да се прочита: не е Excel работна книга .xlsx (зачувајте ја од ` +
    "Excel како „Excel Workbook“).",
  macroWorkbook: (p) =>
    `${p.file}: работните книги со макроа midex само ги чита: зачувајте копија како .xlsx ` +
    "(во Excel: File > Save As > „Excel Workbook“) и користете ја копијата.",
  noTemplateSheet: (p) =>
    `${p.file} нема ниту еден WB-MIDEX лист на образец: ќелијата B2 на листот на образецот ` +
    "ја содржи неговата ознака, на пр. ASYAPPCTZM. Направете го со `midex template`.",
  notTemplateSheet: (p) =>
    `${where(p)} не е WB-MIDEX образец: ќелијата B2 треба да содржи ознака на образец, на пр. ` +
    (p.id ? `ASYAPPCTZM, а содржи „${p.id}“.` : "ASYAPPCTZM, а е празна."),
  headerMismatch: (p) =>
    `Заглавието на ${ofSheet(p)} не одговара на образецот ${p.template} наведен во B2: ` +
    `${p.cell} треба да содржи „${p.expected}“. Вратете ја ознаката на образецот со која е ` +
    `направен листот или вчитајте го образецот ${p.template} на нов лист.`,
  figureWithoutColumnCode: (p) =>
    `${where(p)}, ${p.cell}: податок во колона без шифра во ${p.codeCell}. ` +
    "Внесете ги шифрите на колоната или избришете ги нејзините податоци.",
  figuresWithoutRowCode: (p) =>
    `${where(p)}, ред ${p.row}: податоци без шифра во ${p.codeCell}. ` +
    "Внесете ја шифрата на редот или избришете ги неговите податоци.",
  unknownTemplate: (p) => `Не постои образец „${p.id}“. Познати обрасци: ${p.known}.`,
  unknownTemplateOrPackage: (p) =>
    `не постои образец ниту пакет „${p.id}“. Обрасци: ${p.templates}. ` +
    `Пакети: ${p.packages}. Видете \`midex templates\`.`,
  geoAlias: (p) =>
    `„${p.text}“ не е геошифра на Евростат: дали мислевте на ${p.alias}? ` +
    `Евростат ја пишува ${p.label} како ${p.alias}.`,
  notCountry: (p) =>
    `„${p.text}“ не е шифра на земја што известува. Користете геошифра на Евростат; ` +
    `учесници во WB-MIDEX се ${p.participants}.`,
  notPeriodOfTemplate: (p) =>
    `„${p.text}“ не е референтен период на образецот ${p.template}, кој е ` +
    `${FREQUENCY[p.frequency]}; напишете го како ${p.example}.`,
  notPeriodOfPackage: (p) =>
    `„${p.text}“ не е референтен период на пакетот ${p.package}, кој е ` +
    `${FREQUENCY[p.frequency]}; напишете го како ${p.example}.`,
  notPeriod: (p) =>
    `„${p.text}“ не е референтен период; напишете го како 2026-06, 2026-Q2 или 2026.`,
  outputIsInput: (p) =>
    `излезната датотека ${p.file} е датотеката што се чита; дајте друго име со -o.`,
  wrongExtension: (p) =>
    `излезната датотека треба да завршува на ${p.extension}, а не „${p.file}“.`,
  fileExists: (p) => `${p.file} веќе постои; додајте --force за да ја замените.`,
  noSuchTemplateSheet: (p) => `${p.file} нема лист на образец „${p.sheet}“ (ги има ${p.sheets}).`,
  severalTemplateSheets: (p) =>
    `${p.file} содржи повеќе листови на обрасци (${p.sheets}); изберете еден со --sheet.`,
  noSuchSheet: (p) => `${p.file} нема лист со име „${p.sheet}“.`,
  importNoSheet: (p) =>
    `${p.file} нема лист на образецот ${p.template}, за кој се податоците. ` +
    `Направете го со \`midex template ${p.template}\`.`,
  importNoNamedSheet: (p) =>
    `${p.file} нема лист „${p.sheet}“ на образецот ${p.template}, за кој се податоците. ` +
    `Направете го со \`midex template ${p.template}\`.`,
  importSeveralSheets: (p) =>
    `${p.file} има повеќе листови на образецот ${p.template} во кои можат да одат ` +
    "податоците; изберете еден со --sheet.",
  swappedFiles: (p) =>
    `${p.file} е Excel работна книга, а не SDMX-CSV податоци: прво доаѓа датотеката со ` +
    `податоци, а работната книга по --into, како во \`midex import data.csv --into ${p.workbook}\`.`,
  mixedCountries: (p) =>
    `датотеката меша земји што известуваат (${p.codes}); се проверува како еден лист на ` +
    "образец, па поделете ја по земја што известува и референтен период.",
  mixedPeriods: (p) =>
    `датотеката меша референтни периоди (${p.codes}); се проверува како еден лист на ` +
    "образец, па поделете ја по земја што известува и референтен период.",
  notSdmx: () =>
    "Ова не е SDMX-CSV: првиот ред треба да почнува со STRUCTURE (SDMX-CSV 2.0) или " +
    "DATAFLOW (SDMX-CSV 1.0 на Евростат).",
  csvQuoteNotClosed: (p) =>
    `Датотеката не е исправен CSV: полето во наводници што почнува во редот ${p.line} ` +
    'никогаш не се затвора (недостасува завршниот ").',
  csvTextAfterQuote: (p) =>
    `Датотеката не е исправен CSV: во редот ${p.line} по наводникот што го затвора полето ` +
    'следи текст. Ставете го целото поле во наводници и удвојте го секој наводник во него ("").',
  repeatedColumn: (p) =>
    `Заглавието ја наведува колоната „${p.column}“ двапати (повторно во колоната ${p.index}); ` +
    "секоја колона може да се појави само еднаш.",
  sdmxHeader: () => "Заглавието мора да има STRUCTURE_ID (или DATAFLOW), TIME_PERIOD и OBS_VALUE.",
  noObservations: () => "Датотеката има заглавие, но нема набљудувања.",
  missingColumn: (p) => `Датотеката нема колона „${p.column}“ (${p.label}), а таа е задолжителна.`,
  unknownStructure: (p) =>
    `Структурата на датотеката „${p.structure}“ не е ниту еден од нашите обрасци ` +
    `(познати: ${p.known}).`,
  otherAgency: (p) =>
    `Структурата на датотеката „${p.structure}“ наведува агенција ${p.agency}; ` +
    `нашите обрасци ги следат збирките податоци на ${p.expected} (на пр. ${p.example}).`,
  otherDataset: (p) =>
    `Датотеката содржи податоци ${p.dataset}, а се очекуваше образецот ${p.template}.`,
  noToken: () => "нема пристапен токен: додајте --token <token> или поставете MIDEX_TOKEN.",
  portInUse: (p) => `портата ${p.port} е веќе зафатена; изберете друга со --port.`,
  notHostAddress: (p) => `${p.host} не е адреса на овој компјутер (--host).`,
  forSubmissionNeedsWorkbook: (p) =>
    `--for-submission проверува работна книга како што прави midex submit, а ${p.file} се ` +
    "SDMX-CSV податоци, кои midex submit не ги испраќа; проверете ја без --for-submission.",
};
