import { KEEP_END, KEEP_START } from "../../i18n/kept-spans";
import { ErrorCatalogue, P } from "./en";

/** Kept as written in Serbian Cyrillic too: options, commands and Excel's own names. */
const k = (text: string) => `${KEEP_START}${text}${KEEP_END}`;

/** Serbian (Latin, ekavian) wording of the errors; Bosnian and Montenegrin adapt it below. */
const FILE_PROBLEM: Record<string, string> = {
  ENOENT: "nema takve datoteke ili fascikle",
  EACCES: "pristup nije dozvoljen",
  EPERM: "pristup nije dozvoljen",
  EISDIR: "to je fascikla",
  EBUSY: "datoteka je otvorena u drugom programu",
  NOT_UTF8: "tekst nije u UTF-8 (u Excelu je sačuvajte kao „CSV UTF-8“)",
};
const FREQUENCY: Record<string, string> = { M: "mesečni", Q: "tromesečni", A: "godišnji" };
const problem = (p: P) => FILE_PROBLEM[p.code] ?? p.code;

const where = (p: P) => (p.sheet ? `List „${p.sheet}”` : "List");
const ofSheet = (p: P) => (p.sheet ? `lista „${p.sheet}”` : "lista");

export const errorsSrLatn: ErrorCatalogue = {
  cannotRead: (p) => `nije moguće pročitati ${p.file}: ${problem(p)}.`,
  cannotWrite: (p) => `nije moguće zapisati ${p.file}: ${problem(p)}.`,
  notXlsx: (p) =>
    `nije moguće pročitati ${p.file}: to nije ${k("Excel")} radna sveska ${k(".xlsx")} (sačuvajte je ` +
    `u programu ${k("Excel")} kao „${k("Excel Workbook")}”).`,
  macroWorkbook: (p) =>
    `${p.file}: midex radne sveske sa makroima samo čita: sačuvajte kopiju kao ${k(".xlsx")} ` +
    `(u programu ${k("Excel")}: ${k("File > Save As > „Excel Workbook”")}) i koristite kopiju.`,
  noTemplateSheet: (p) =>
    `${p.file} nema nijedan WB-MIDEX list obrasca: ćelija B2 lista obrasca sadrži njegovu ` +
    `oznaku, npr. ASYAPPCTZM. Napravite ga komandom ${k("`midex template`")}.`,
  notTemplateSheet: (p) =>
    `${where(p)} nije WB-MIDEX obrazac: ćelija B2 treba da sadrži oznaku obrasca, npr. ` +
    (p.id ? `ASYAPPCTZM, a sadrži „${p.id}”.` : "ASYAPPCTZM, a prazna je."),
  headerMismatch: (p) =>
    `Zaglavlje ${ofSheet(p)} ne odgovara obrascu ${p.template} navedenom u B2: ${p.cell} ` +
    `treba da sadrži „${p.expected}”. Vratite oznaku obrasca s kojom je list napravljen ili ` +
    `učitajte obrazac ${p.template} na novi list.`,
  figureWithoutColumnCode: (p) =>
    `${where(p)}, ${p.cell}: podatak u koloni bez šifre u ${p.codeCell}. ` +
    "Unesite šifre kolone ili obrišite njene podatke.",
  figuresWithoutRowCode: (p) =>
    `${where(p)}, red ${p.row}: podaci bez šifre u ${p.codeCell}. ` +
    "Unesite šifru reda ili obrišite njegove podatke.",
  unknownTemplate: (p) => `Ne postoji obrazac „${p.id}”. Poznati obrasci: ${p.known}.`,
  unknownTemplateOrPackage: (p) =>
    `ne postoji obrazac ni paket „${p.id}”. Obrasci: ${p.templates}. ` +
    `Paketi: ${p.packages}. Pogledajte ${k("`midex templates`")}.`,
  geoAlias: (p) =>
    `„${p.text}” nije Evrostatova geo šifra: da li ste mislili ${p.alias}? ` +
    `Evrostat piše ${p.label} kao ${p.alias}.`,
  notCountry: (p) =>
    `„${p.text}” nije šifra zemlje izveštavača. Koristite Evrostatovu geo šifru; ` +
    `učesnici WB-MIDEX su ${p.participants}.`,
  notPeriodOfTemplate: (p) =>
    `„${p.text}” nije referentni period obrasca ${p.template}, koji je ` +
    `${FREQUENCY[p.frequency]}; napišite ga kao ${p.example}.`,
  notPeriodOfPackage: (p) =>
    `„${p.text}” nije referentni period paketa ${p.package}, koji je ` +
    `${FREQUENCY[p.frequency]}; napišite ga kao ${p.example}.`,
  notPeriod: (p) =>
    `„${p.text}” nije referentni period; napišite ga kao 2026-06, 2026-Q2 ili 2026.`,
  outputIsInput: (p) =>
    `izlazna datoteka ${p.file} je datoteka koja se čita; dajte drugo ime sa ${k("-o")}.`,
  wrongExtension: (p) =>
    `izlazna datoteka treba da se završava na ${p.extension}, a ne „${p.file}”.`,
  fileExists: (p) => `${p.file} već postoji; dodajte ${k("--force")} da je zamenite.`,
  noSuchTemplateSheet: (p) => `${p.file} nema list obrasca „${p.sheet}” (ima ${p.sheets}).`,
  severalTemplateSheets: (p) =>
    `${p.file} sadrži više listova obrasca (${p.sheets}); izaberite jedan sa ${k("--sheet")}.`,
  noSuchSheet: (p) => `${p.file} nema list pod imenom „${p.sheet}”.`,
  importNoSheet: (p) =>
    `${p.file} nema list obrasca ${p.template}, za koji su podaci. ` +
    `Napravite ga komandom ${k(`\`midex template ${p.template}\``)}.`,
  importNoNamedSheet: (p) =>
    `${p.file} nema list „${p.sheet}” obrasca ${p.template}, za koji su podaci. ` +
    `Napravite ga komandom ${k(`\`midex template ${p.template}\``)}.`,
  importSeveralSheets: (p) =>
    `${p.file} ima više listova obrasca ${p.template} u koje mogu da idu podaci; ` +
    `izaberite jedan sa ${k("--sheet")}.`,
  swappedFiles: (p) =>
    `${p.file} je ${k("Excel")} radna sveska, a ne SDMX-CSV podaci: prvo se navodi datoteka sa ` +
    `podacima, a radna sveska posle ${k("--into")}, kao u ${k(`\`midex import data.csv --into ${p.workbook}\``)}.`,
  mixedCountries: (p) =>
    `datoteka meša zemlje izveštavače (${p.codes}); proverava se kao jedan list obrasca, ` +
    "pa je podelite po zemlji izveštavaču i referentnom periodu.",
  mixedPeriods: (p) =>
    `datoteka meša referentne periode (${p.codes}); proverava se kao jedan list obrasca, ` +
    "pa je podelite po zemlji izveštavaču i referentnom periodu.",
  notSdmx: () =>
    "Ovo nije SDMX-CSV: prvi red treba da počinje sa STRUCTURE (SDMX-CSV 2.0) ili " +
    "DATAFLOW (Evrostatov SDMX-CSV 1.0).",
  csvQuoteNotClosed: (p) =>
    `Datoteka nije ispravan CSV: polje pod navodnicima koje počinje u redu ${p.line} nikada ` +
    'se ne zatvara (nedostaje završni ").',
  csvTextAfterQuote: (p) =>
    `Datoteka nije ispravan CSV: u redu ${p.line} posle navodnika kojim se polje zatvara ` +
    'sledi tekst. Stavite celo polje pod navodnike i udvostručite svaki navodnik u njemu ("").',
  repeatedColumn: (p) =>
    `Zaglavlje dvaput navodi kolonu „${p.column}” (ponovo u koloni ${p.index}); svaka kolona ` +
    "sme da se pojavi samo jednom.",
  sdmxHeader: () => "Zaglavlje mora da ima STRUCTURE_ID (ili DATAFLOW), TIME_PERIOD i OBS_VALUE.",
  noObservations: () => "Datoteka ima zaglavlje, ali nema opservacija.",
  missingColumn: (p) => `Datoteka nema kolonu „${p.column}” (${p.label}), a ona je obavezna.`,
  unknownStructure: (p) =>
    `Struktura datoteke „${p.structure}” nije nijedan od naših obrazaca (poznate: ${p.known}).`,
  otherAgency: (p) =>
    `Struktura datoteke „${p.structure}” navodi agenciju ${p.agency}; ` +
    `naši obrasci prate skupove podataka agencije ${p.expected} (npr. ${p.example}).`,
  otherDataset: (p) => `Datoteka sadrži podatke ${p.dataset}, a očekivan je obrazac ${p.template}.`,
  noToken: () =>
    `nema pristupnog tokena: dodajte ${k("--token <token>")} ili postavite MIDEX_TOKEN.`,
  portInUse: (p) => `port ${p.port} je već zauzet; izaberite drugi sa ${k("--port")}.`,
  notHostAddress: (p) => `${p.host} nije adresa ovog računara (${k("--host")}).`,
  forSubmissionNeedsWorkbook: (p) =>
    `${k("--for-submission")} proverava radnu svesku kao ${k("midex submit")}, a ${p.file} su ` +
    `SDMX-CSV podaci, koje ${k("midex submit")} ne šalje; proverite ih bez ` +
    `${k("--for-submission")}.`,
};

const IJEKAVIAN_FREQUENCY: Record<string, string> = {
  M: "mjesečni",
  Q: "tromjesečni",
  A: "godišnji",
};

/** Bosnian and Montenegrin: the same sentences in their ijekavian forms. */
export const errorsIjekavian: ErrorCatalogue = {
  ...errorsSrLatn,
  notPeriodOfTemplate: (p) =>
    `„${p.text}” nije referentni period obrasca ${p.template}, koji je ` +
    `${IJEKAVIAN_FREQUENCY[p.frequency]}; napišite ga kao ${p.example}.`,
  notPeriodOfPackage: (p) =>
    `„${p.text}” nije referentni period paketa ${p.package}, koji je ` +
    `${IJEKAVIAN_FREQUENCY[p.frequency]}; napišite ga kao ${p.example}.`,
  fileExists: (p) => `${p.file} već postoji; dodajte ${k("--force")} da je zamijenite.`,
  swappedFiles: (p) =>
    `${p.file} je ${k("Excel")} radna sveska, a ne SDMX-CSV podaci: prvo se navodi datoteka sa ` +
    `podacima, a radna sveska poslije ${k("--into")}, kao u ${k(`\`midex import data.csv --into ${p.workbook}\``)}.`,
  mixedCountries: (p) =>
    `datoteka miješa zemlje izvještavače (${p.codes}); provjerava se kao jedan list obrasca, ` +
    "pa je podijelite po zemlji izvještavaču i referentnom periodu.",
  mixedPeriods: (p) =>
    `datoteka miješa referentne periode (${p.codes}); provjerava se kao jedan list obrasca, ` +
    "pa je podijelite po zemlji izvještavaču i referentnom periodu.",
  csvTextAfterQuote: (p) =>
    `Datoteka nije ispravan CSV: u redu ${p.line} poslije navodnika kojim se polje zatvara ` +
    'slijedi tekst. Stavite cijelo polje pod navodnike i udvostručite svaki navodnik u njemu ("").',
  repeatedColumn: (p) =>
    `Zaglavlje dvaput navodi kolonu „${p.column}” (ponovo u koloni ${p.index}); svaka kolona ` +
    "smije se pojaviti samo jednom.",
  notCountry: (p) =>
    `„${p.text}” nije šifra zemlje izvještavača. Koristite Evrostatovu geo šifru; ` +
    `učesnici WB-MIDEX su ${p.participants}.`,
  forSubmissionNeedsWorkbook: (p) =>
    `${k("--for-submission")} provjerava radnu svesku kao ${k("midex submit")}, a ${p.file} su ` +
    `SDMX-CSV podaci, koje ${k("midex submit")} ne šalje; provjerite ih bez ` +
    `${k("--for-submission")}.`,
};
