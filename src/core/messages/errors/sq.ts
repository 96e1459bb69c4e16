import { ErrorCatalogue, P } from "./en";

/** Albanian wording of the errors. */
const FILE_PROBLEM: Record<string, string> = {
  ENOENT: "nuk ka skedar ose dosje të tillë",
  EACCES: "qasja nuk lejohet",
  EPERM: "qasja nuk lejohet",
  EISDIR: "është dosje",
  EBUSY: "skedari është i hapur në një program tjetër",
  NOT_UTF8: "teksti nuk është UTF-8 (në Excel ruajeni si „CSV UTF-8“)",
};
const FREQUENCY: Record<string, string> = { M: "mujor", Q: "tremujor", A: "vjetor" };
const FREQUENCY_FEMININE: Record<string, string> = { M: "mujore", Q: "tremujore", A: "vjetore" };
const problem = (p: P) => FILE_PROBLEM[p.code] ?? p.code;

const where = (p: P) => (p.sheet ? `Fleta „${p.sheet}”` : "Fleta");
const ofSheet = (p: P) => (p.sheet ? `fletës „${p.sheet}”` : "fletës");

export const errorsSq: ErrorCatalogue = {
  cannotRead: (p) => `${p.file} nuk mund të lexohet: ${problem(p)}.`,
  cannotWrite: (p) => `${p.file} nuk mund të shkruhet: ${problem(p)}.`,
  notXlsx: (p) =>
    `${p.file} nuk mund të lexohet: nuk është libër pune Excel .xlsx (ruajeni nga Excel si ` +
    "„Excel Workbook”).",
  macroWorkbook: (p) =>
    `${p.file}: librat e punës me makro midex vetëm i lexon: ruani një kopje si .xlsx ` +
    "(në Excel: File > Save As > „Excel Workbook”) dhe përdorni kopjen.",
  noTemplateSheet: (p) =>
    `${p.file} nuk ka asnjë fletë shablloni WB-MIDEX: qeliza B2 e një flete shablloni mban ` +
    "identifikuesin e tij, p.sh. ASYAPPCTZM. Krijojeni me `midex template`.",
  notTemplateSheet: (p) =>
    `${where(p)} nuk është shabllon WB-MIDEX: qeliza B2 duhet të mbajë identifikuesin e një ` +
    (p.id
      ? `shablloni, p.sh. ASYAPPCTZM, por mban „${p.id}”.`
      : "shablloni, p.sh. ASYAPPCTZM, por është bosh."),
  headerMismatch: (p) =>
    `Rreshtat e kokës së ${ofSheet(p)} nuk përputhen me shabllonin ${p.template} të emërtuar në ` +
    `B2: ${p.cell} duhet të mbajë „${p.expected}”. Rivendosni identifikuesin e shabllonit me ` +
    `të cilin u krijua fleta, ose ngarkoni shabllonin ${p.template} në një fletë të re.`,
  figureWithoutColumnCode: (p) =>
    `${where(p)}, ${p.cell}: një shifër në një kolonë pa kod në ${p.codeCell}. ` +
    "Shkruani kodet e kolonës ose fshini shifrat e saj.",
  figuresWithoutRowCode: (p) =>
    `${where(p)}, rreshti ${p.row}: shifra pa kod në ${p.codeCell}. ` +
    "Shkruani kodin e rreshtit ose fshini shifrat e tij.",
  unknownTemplate: (p) => `Nuk ka shabllon „${p.id}”. Shabllonet e njohura: ${p.known}.`,
  unknownTemplateOrPackage: (p) =>
    `nuk ka shabllon ose paketë „${p.id}”. Shabllonet: ${p.templates}. ` +
    `Paketat: ${p.packages}. Shihni \`midex templates\`.`,
  geoAlias: (p) =>
    `„${p.text}” nuk është kod gjeografik i Eurostat: mos keni parasysh ${p.alias}? ` +
    `Eurostat e shkruan ${p.label} si ${p.alias}.`,
  notCountry: (p) =>
    `„${p.text}” nuk është kod i vendit raportues. Përdorni një kod gjeografik të Eurostat; ` +
    `pjesëmarrësit në WB-MIDEX janë ${p.participants}.`,
  notPeriodOfTemplate: (p) =>
    `„${p.text}” nuk është periudhë referimi e ${p.template}, i cili është ` +
    `${FREQUENCY[p.frequency]}; shkruajeni si ${p.example}.`,
  notPeriodOfPackage: (p) =>
    `„${p.text}” nuk është periudhë referimi e paketës ${p.package}, e cila është ` +
    `${FREQUENCY_FEMININE[p.frequency]}; shkruajeni si ${p.example}.`,
  notPeriod: (p) =>
    `„${p.text}” nuk është periudhë referimi; shkruajeni si 2026-06, 2026-Q2 ose 2026.`,
  outputIsInput: (p) =>
    `skedari i daljes ${p.file} është skedari që po lexohet; jepni një emër tjetër me -o.`,
  wrongExtension: (p) => `skedari i daljes duhet të mbarojë me ${p.extension}, jo „${p.file}”.`,
  fileExists: (p) => `${p.file} ekziston tashmë; shtoni --force për ta zëvendësuar.`,
  noSuchTemplateSheet: (p) => `${p.file} nuk ka fletë shablloni „${p.sheet}” (ka ${p.sheets}).`,
  severalTemplateSheets: (p) =>
    `${p.file} mban disa fleta shablloni (${p.sheets}); zgjidhni njërën me --sheet.`,
  noSuchSheet: (p) => `${p.file} nuk ka fletë me emrin „${p.sheet}”.`,
  importNoSheet: (p) =>
    `${p.file} nuk ka fletë të shabllonit ${p.template}, për të cilin janë të dhënat. ` +
    `Krijojeni me \`midex template ${p.template}\`.`,
  importNoNamedSheet: (p) =>
    `${p.file} nuk ka fletë „${p.sheet}” të shabllonit ${p.template}, për të cilin janë të ` +
    `dhënat. Krijojeni me \`midex template ${p.template}\`.`,
  importSeveralSheets: (p) =>
    `${p.file} ka disa fleta ${p.template} që mund t'i marrin të dhënat; ` +
    "zgjidhni njërën me --sheet.",
  swappedFiles: (p) =>
    `${p.file} është libër pune Excel, jo të dhëna SDMX-CSV: skedari i të dhënave vjen i ` +
    `pari dhe libri i punës pas --into, si te \`midex import data.csv --into ${p.workbook}\`.`,
  mixedCountries: (p) =>
    `skedari përzien vende raportuese (${p.codes}); kontrollohet si një fletë shablloni, ` +
    "ndaj ndajeni sipas vendit raportues dhe periudhës së referimit.",
  mixedPeriods: (p) =>
    `skedari përzien periudha referimi (${p.codes}); kontrollohet si një fletë shablloni, ` +
    "ndaj ndajeni sipas vendit raportues dhe periudhës së referimit.",
  notSdmx: () =>
    "Ky nuk është SDMX-CSV: rreshti i parë duhet të fillojë me STRUCTURE (SDMX-CSV 2.0) ose " +
    "DATAFLOW (SDMX-CSV 1.0 i Eurostat).",
  csvQuoteNotClosed: (p) =>
    `Skedari nuk është CSV i vlefshëm: fusha në thonjëza që fillon në rreshtin ${p.line} ` +
    'nuk mbyllet kurrë (mungon " përmbyllëse).',
  csvTextAfterQuote: (p) =>
    `Skedari nuk është CSV i vlefshëm: në rreshtin ${p.line}, pas thonjëzës që mbyll një ` +
    "fushë vjen tekst. Vendoseni gjithë fushën në thonjëza dhe dyfishoni çdo thonjëz brenda " +
    'saj ("").',
  repeatedColumn: (p) =>
    `Koka e përmend kolonën „${p.column}” dy herë (përsëri në kolonën ${p.index}); çdo ` +
    "kolonë mund të shfaqet vetëm një herë.",
  sdmxHeader: () => "Koka duhet të ketë STRUCTURE_ID (ose DATAFLOW), TIME_PERIOD dhe OBS_VALUE.",
  noObservations: () => "Skedari ka kokë, por nuk ka vëzhgime.",
  missingColumn: (p) =>
    `Skedari nuk ka kolonën „${p.column}” (${p.label}); ajo është e detyrueshme.`,
  unknownStructure: (p) =>
    `Struktura e skedarit „${p.structure}” nuk është asnjë nga shabllonet tona ` +
    `(të njohura: ${p.known}).`,
  otherAgency: (p) =>
    `Struktura e skedarit „${p.structure}” emërton agjencinë ${p.agency}; ` +
    `shabllonet tona ndjekin grupet e të dhënave të ${p.expected} (p.sh. ${p.example}).`,
  otherDataset: (p) => `Skedari mban të dhëna ${p.dataset}, por pritej shablloni ${p.template}.`,
  noToken: () => "nuk ka token qasjeje: shtoni --token <token> ose vendosni MIDEX_TOKEN.",
  portInUse: (p) => `porta ${p.port} është tashmë në përdorim; zgjidhni një tjetër me --port.`,
  notHostAddress: (p) => `${p.host} nuk është adresë e këtij kompjuteri (--host).`,
  forSubmissionNeedsWorkbook: (p) =>
    `--for-submission kontrollon një libër pune si midex submit, ndërsa ${p.file} është të ` +
    "dhëna SDMX-CSV, që midex submit nuk i dërgon; kontrollojeni pa --for-submission.",
};
