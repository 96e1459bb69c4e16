import { Language, pseudoText, toCyrillic } from "../core/i18n";
import { KEEP_END, KEEP_START, unmarkedText } from "../core/i18n/kept-spans";
import { derivedCatalogue } from "../core/messages/derived";

/**
 * What the commands tell the person running them, beside the findings, in each language.
 * Parameters are the user's files, sheets, codes and figures, left as they are; Serbian
 * Cyrillic is the Latin text transliterated, the pseudo-locale is derived from English.
 * --json output and the exchange's operator log stay in English.
 */
type P = Record<string, string | number>;

/** An option or command written into a sentence: the Cyrillic derived from Latin keeps it. */
const kept = (text: string) => `${KEEP_START}${text}${KEEP_END}`;

/** The token's role as given, even when a derived language has marked it as the user's. */
const role = (p: P) => unmarkedText(String(p.role));

const en = {
  placed: (p: P) =>
    `Placed ${p.placed} of ${p.total} observations into ${p.file} (sheet ${p.sheet}).`,
  addedRows: (p: P) => `Added rows for: ${p.codes}`,
  replacedFormula: (p: P) => `replaced the formula in ${p.cell} by ${p.value}`,
  notExported: () =>
    "Not exported. Correct the errors, or pass --allow-errors to export the sheet as it is.",
  exported: (p: P) =>
    `Wrote ${p.count} observations of ${p.template} (${p.country}, ${p.period}) to ${p.file}.`,
  migrated: (p: P) => `${p.sheet}: ${p.template} ${p.from} → ${p.to}, ${p.moved} figures moved`,
  alreadyCurrent: (p: P) => `${p.sheet}: ${p.template} already ${p.from}, ${p.moved} figures moved`,
  notPlaced: (p: P) => `not placed: ${p.sheet}: ${p.key}: ${p.reason}`,
  commentsKept: (p: P) =>
    `Kept ${p.count} comment(s) (COMMENT_OBS) as justifications of the warnings on their cells ` +
    `(${p.cells}), where the add-in and ${kept("`midex submit`")} find them.`,
  commentsNotKept: (p: P) =>
    `Not imported: ${p.count} comment(s) (COMMENT_OBS) on cells ${p.cells}: template ` +
    `${p.template} has no warning they could justify there.`,
  justificationsReplaced: (p: P) =>
    `Replaced the justification already saved in the workbook by the file's comment ` +
    `(COMMENT_OBS) on ${p.count} cell(s): ${p.cells}.`,
  unreadColumn: (p: P) =>
    `Not read: column "${p.name}" (column ${p.index} of ${p.file}); midex has no place for ` +
    "it, so its values are not imported.",
  unreadCommentColumn: (p: P) =>
    `Not read: column "${p.name}" (column ${p.index} of ${p.file}). If it holds comments ` +
    "that justify figures, name it COMMENT_OBS, the column midex reads them from, and import " +
    "again.",
  notMigrated: (p: P) =>
    `midex: not migrated, ${p.file} was not written: ${p.count} figures have no cell in ` +
    "the current template. Move them by hand, or clear them, then migrate again.",
  wrote: (p: P) => `Wrote ${p.file}.`,
  tokenCreated: (p: P) =>
    `Created a ${p.role} token for ${p.country} in ${p.db}` +
    (p.days ? `, valid for ${p.days} days` : "") +
    ". It is shown only once; " +
    (role(p) === "submitter"
      ? "its holder passes it to `midex submit` with --token or MIDEX_TOKEN."
      : role(p) === "reviewer"
        ? "its holder may accept or return any country's submissions."
        : "its holder may read the country's submissions but not submit."),
  listening: (p: P) => `midex exchange listening on ${p.url} (database ${p.db})`,
  stopped: (p: P) => `midex exchange stopped (${p.signal}).`,
  submitted: (p: P) =>
    `Submitted ${p.template} for ${p.country}, ${p.period}: version ${p.version}.`,
  receiptSubmission: () => "submission",
  receiptReceived: () => "received at",
  receiptObservations: () => "observations",
  receiptFindings: () => "findings",
  notSubmittedErrors: () =>
    "Not submitted. Correct the errors above, then submit again; " +
    `${kept("`midex validate --for-submission`")} checks the workbook as submit does.`,
  blankCells: (p: P) =>
    `${p.sheet}: ${p.count} figure cell(s) still blank. ${kept("`midex submit`")} refuses the ` +
    "sheet until each holds a figure, 0 where there were none, or : where not available; " +
    `${kept("`midex validate --for-submission`")} names them.`,
  notSubmittedUnjustified: (p: P) =>
    `Not submitted: ${p.count} warning(s) above have no justification. Write why ` +
    `each figure is right in a JSON file and pass it with ${kept("--justifications")} ` +
    `(see ${kept("--help")}).`,
  unmatchedEntry: (p: P) => `${p.entry} matches no warning on this sheet`,
  unmatchedEntries: (p: P) =>
    `Not submitted: in the justifications file ${p.file}, ${p.lines}. Use the rule ` +
    `and cell of a warning as \`midex validate\` prints them for sheet ${p.sheet}.`,
  refused: (p: P) => `midex: the exchange refused the submission (HTTP ${p.status}): ${p.message}`,
};

type CommandText = Record<keyof typeof en, (p: P) => string>;

const srLatn: CommandText = {
  placed: (p) => `Upisano ${p.placed} od ${p.total} opservacija u ${p.file} (list ${p.sheet}).`,
  addedRows: (p) => `Dodati redovi za: ${p.codes}`,
  replacedFormula: (p) => `formula u ${p.cell} zamenjena vrednošću ${p.value}`,
  notExported: () =>
    `Nije izvezeno. Ispravite greške ili dodajte ${kept("--allow-errors")} da izvezete list ` +
    "kakav jeste.",
  exported: (p) =>
    `Zapisano ${p.count} opservacija obrasca ${p.template} (${p.country}, ${p.period}) u ${p.file}.`,
  migrated: (p) => `${p.sheet}: ${p.template} ${p.from} → ${p.to}, premešteno podataka: ${p.moved}`,
  alreadyCurrent: (p) =>
    `${p.sheet}: ${p.template} već je ${p.from}, premešteno podataka: ${p.moved}`,
  notPlaced: (p) => `nije upisano: ${p.sheet}: ${p.key}: ${p.reason}`,
  commentsKept: (p) =>
    `Komentari (COMMENT_OBS) sačuvani kao obrazloženja upozorenja na svojim ćelijama, gde ih ` +
    `nalaze dodatak i ${kept("`midex submit`")}: ${p.count} (${p.cells}).`,
  commentsNotKept: (p) =>
    `Nije uvezeno: komentari (COMMENT_OBS) na ćelijama ${p.cells}: ${p.count}; obrazac ` +
    `${p.template} tu nema upozorenje koje bi obrazložili.`,
  justificationsReplaced: (p) =>
    "Obrazloženje već sačuvano u radnoj svesci zamenjeno je komentarom iz datoteke " +
    `(COMMENT_OBS) na ćelijama: ${p.count} (${p.cells}).`,
  unreadColumn: (p) =>
    `Nije pročitano: kolona „${p.name}” (kolona ${p.index} datoteke ${p.file}); midex za nju ` +
    "nema mesto, pa njene vrednosti nisu uvezene.",
  unreadCommentColumn: (p) =>
    `Nije pročitano: kolona „${p.name}” (kolona ${p.index} datoteke ${p.file}). Ako sadrži ` +
    "komentare koji obrazlažu podatke, nazovite je COMMENT_OBS, kolona iz koje ih midex čita, " +
    "pa ponovo uvezite.",
  notMigrated: (p) =>
    `midex: nije prevedeno, ${p.file} nije zapisan: podataka bez ćelije u važećem obrascu: ` +
    `${p.count}. Premestite ih ručno ili ih obrišite, pa ponovo pokrenite migrate.`,
  wrote: (p) => `Zapisano ${p.file}.`,
  tokenCreated: (p) =>
    `Napravljen je token (${p.role}) za ${p.country} u ${p.db}` +
    (p.days ? `, važi ${p.days} dana` : "") +
    ". Prikazuje se samo jednom; " +
    (role(p) === "submitter"
      ? "njegov imalac ga predaje komandi `midex submit` sa --token ili MIDEX_TOKEN."
      : role(p) === "reviewer"
        ? "njegov imalac može da prihvati ili vrati podneske svih zemalja."
        : "njegov imalac može da čita podneske zemlje, ali ne i da podnosi."),
  listening: (p) => `midex razmena sluša na ${p.url} (baza ${p.db})`,
  stopped: (p) => `midex razmena je zaustavljena (${p.signal}).`,
  submitted: (p) => `Poslat je ${p.template} za ${p.country}, ${p.period}: verzija ${p.version}.`,
  receiptSubmission: () => "podnesak",
  receiptReceived: () => "primljeno",
  receiptObservations: () => "opservacije",
  receiptFindings: () => "nalazi",
  notSubmittedErrors: () =>
    "Nije poslato. Ispravite greške iznad, pa pošaljite ponovo; " +
    `${kept("`midex validate --for-submission`")} proverava radnu svesku kao ` +
    `${kept("`midex submit`")}.`,
  blankCells: (p) =>
    `${p.sheet}: još praznih ćelija za podatke: ${p.count}. ${kept("`midex submit`")} odbija ` +
    "list dok svaka ne sadrži podatak, 0 gde ih nije bilo ili : gde podatak nije dostupan; " +
    `${kept("`midex validate --for-submission`")} ih navodi.`,
  notSubmittedUnjustified: (p) =>
    `Nije poslato: upozorenja iznad bez obrazloženja: ${p.count}. Napišite zašto je svaki ` +
    `podatak tačan u JSON datoteci i predajte je sa ${kept("--justifications")} (vidi ${kept("--help")}).`,
  unmatchedEntry: (p) => `${p.entry} ne odgovara nijednom upozorenju na ovom listu`,
  unmatchedEntries: (p) =>
    `Nije poslato: u datoteci obrazloženja ${p.file}, ${p.lines}. Navedite pravilo i ćeliju ` +
    `upozorenja kako ih ispisuje ${kept("`midex validate`")} za list ${p.sheet}.`,
  refused: (p) => `midex: razmena je odbila podnesak (HTTP ${p.status}): ${p.message}`,
};

/** Bosnian and Montenegrin: the Serbian sentences in their ijekavian forms. */
const ijekavian: CommandText = {
  ...srLatn,
  replacedFormula: (p) => `formula u ${p.cell} zamijenjena vrijednošću ${p.value}`,
  migrated: (p) =>
    `${p.sheet}: ${p.template} ${p.from} → ${p.to}, premješteno podataka: ${p.moved}`,
  alreadyCurrent: (p) =>
    `${p.sheet}: ${p.template} već je ${p.from}, premješteno podataka: ${p.moved}`,
  commentsKept: (p) =>
    "Komentari (COMMENT_OBS) sačuvani kao obrazloženja upozorenja na svojim ćelijama, gdje ih " +
    `nalaze dodatak i \`midex submit\`: ${p.count} (${p.cells}).`,
  justificationsReplaced: (p) =>
    "Obrazloženje koje je već bilo sačuvano zamijenjeno je komentarom iz datoteke " +
    `(COMMENT_OBS) na ćelijama: ${p.count} (${p.cells}).`,
  unreadColumn: (p) =>
    `Nije pročitano: kolona „${p.name}” (kolona ${p.index} datoteke ${p.file}); midex za nju ` +
    "nema mjesto, pa njene vrijednosti nisu uvezene.",
  notMigrated: (p) =>
    `midex: nije prevedeno, ${p.file} nije zapisan: podataka bez ćelije u važećem obrascu: ` +
    `${p.count}. Premjestite ih ručno ili ih obrišite, pa ponovo pokrenite migrate.`,
  tokenCreated: (p) =>
    `Napravljen je token (${p.role}) za ${p.country} u ${p.db}` +
    (p.days ? `, važi ${p.days} dana` : "") +
    ". Prikazuje se samo jednom; " +
    (role(p) === "submitter"
      ? "njegov imalac ga predaje komandi `midex submit` sa --token ili MIDEX_TOKEN."
      : role(p) === "reviewer"
        ? "njegov imalac može prihvatiti ili vratiti podneske svih zemalja."
        : "njegov imalac može čitati podneske zemlje, ali ne i podnositi."),
  listening: (p) => `midex razmjena sluša na ${p.url} (baza ${p.db})`,
  stopped: (p) => `midex razmjena je zaustavljena (${p.signal}).`,
  submitted: (p) => `Poslan je ${p.template} za ${p.country}, ${p.period}: verzija ${p.version}.`,
  notSubmittedErrors: () =>
    "Nije poslano. Ispravite greške iznad, pa pošaljite ponovo; " +
    "`midex validate --for-submission` provjerava radnu svesku kao `midex submit`.",
  blankCells: (p) =>
    `${p.sheet}: još praznih ćelija za podatke: ${p.count}. \`midex submit\` odbija list ` +
    "dok svaka ne sadrži podatak, 0 gdje ih nije bilo ili : gdje podatak nije dostupan; " +
    "`midex validate --for-submission` ih navodi.",
  notSubmittedUnjustified: (p) =>
    `Nije poslano: upozorenja iznad bez obrazloženja: ${p.count}. Napišite zašto je svaki ` +
    "podatak tačan u JSON datoteci i predajte je sa --justifications (vidi --help).",
  unmatchedEntries: (p) =>
    `Nije poslano: u datoteci obrazloženja ${p.file}, ${p.lines}. Navedite pravilo i ćeliju ` +
    `upozorenja kako ih ispisuje \`midex validate\` za list ${p.sheet}.`,
  refused: (p) => `midex: razmjena je odbila podnesak (HTTP ${p.status}): ${p.message}`,
};

const sq: CommandText = {
  placed: (p) => `U vendosën ${p.placed} nga ${p.total} vëzhgime në ${p.file} (fleta ${p.sheet}).`,
  addedRows: (p) => `U shtuan rreshta për: ${p.codes}`,
  replacedFormula: (p) => `formula në ${p.cell} u zëvendësua me ${p.value}`,
  notExported: () =>
    "Nuk u eksportua. Korrigjoni gabimet, ose shtoni --allow-errors për ta eksportuar fletën " +
    "siç është.",
  exported: (p) =>
    `U shkruan ${p.count} vëzhgime të ${p.template} (${p.country}, ${p.period}) në ${p.file}.`,
  migrated: (p) =>
    `${p.sheet}: ${p.template} ${p.from} → ${p.to}, shifra të zhvendosura: ${p.moved}`,
  alreadyCurrent: (p) =>
    `${p.sheet}: ${p.template} tashmë ${p.from}, shifra të zhvendosura: ${p.moved}`,
  notPlaced: (p) => `nuk u vendos: ${p.sheet}: ${p.key}: ${p.reason}`,
  commentsKept: (p) =>
    "Komentet (COMMENT_OBS) u ruajtën si arsyetime të paralajmërimeve në qelizat e tyre, ku " +
    `i gjejnë shtesa dhe \`midex submit\`: ${p.count} (${p.cells}).`,
  commentsNotKept: (p) =>
    `Nuk u importuan: komente (COMMENT_OBS) në qelizat ${p.cells}: ${p.count}; shablloni ` +
    `${p.template} nuk ka aty paralajmërim që ato të mund të arsyetojnë.`,
  justificationsReplaced: (p) =>
    "Arsyetimi i ruajtur tashmë në librin e punës u zëvendësua me komentin e skedarit " +
    `(COMMENT_OBS) në qelizat: ${p.count} (${p.cells}).`,
  unreadColumn: (p) =>
    `Nuk u lexua: kolona „${p.name}” (kolona ${p.index} e ${p.file}); midex nuk ka vend për ` +
    "të, prandaj vlerat e saj nuk u importuan.",
  unreadCommentColumn: (p) =>
    `Nuk u lexua: kolona „${p.name}” (kolona ${p.index} e ${p.file}). Nëse përmban komente ` +
    "që arsyetojnë shifrat, emërtojeni COMMENT_OBS, kolona nga e cila i lexon midex, dhe " +
    "importoni përsëri.",
  notMigrated: (p) =>
    `midex: nuk u migrua, ${p.file} nuk u shkrua: shifra pa qelizë në shabllonin aktual: ` +
    `${p.count}. Zhvendosini me dorë ose fshijini, pastaj migroni përsëri.`,
  wrote: (p) => `U shkrua ${p.file}.`,
  tokenCreated: (p) =>
    `U krijua një token (${p.role}) për ${p.country} në ${p.db}` +
    (p.days ? `, i vlefshëm për ${p.days} ditë` : "") +
    ". Shfaqet vetëm një herë; " +
    (role(p) === "submitter"
      ? "mbajtësi e jep te `midex submit` me --token ose MIDEX_TOKEN."
      : role(p) === "reviewer"
        ? "mbajtësi mund të pranojë ose të kthejë dorëzimet e çdo vendi."
        : "mbajtësi mund të lexojë dorëzimet e vendit, por jo të dorëzojë."),
  listening: (p) => `shkëmbimi midex dëgjon në ${p.url} (baza e të dhënave ${p.db})`,
  stopped: (p) => `shkëmbimi midex u ndal (${p.signal}).`,
  submitted: (p) => `U dërgua ${p.template} për ${p.country}, ${p.period}: versioni ${p.version}.`,
  receiptSubmission: () => "dorëzimi",
  receiptReceived: () => "marrë më",
  receiptObservations: () => "vëzhgime",
  receiptFindings: () => "gjetje",
  notSubmittedErrors: () =>
    "Nuk u dërgua. Korrigjoni gabimet më sipër, pastaj dërgojeni përsëri; " +
    "`midex validate --for-submission` e kontrollon librin e punës si `midex submit`.",
  blankCells: (p) =>
    `${p.sheet}: qeliza shifrash ende bosh: ${p.count}. \`midex submit\` e refuzon fletën ` +
    "derisa secila të ketë një shifër, 0 kur nuk ka pasur asnjë, ose : kur shifra nuk është " +
    "e disponueshme; `midex validate --for-submission` i tregon ato.",
  notSubmittedUnjustified: (p) =>
    `Nuk u dërgua: paralajmërime më sipër pa arsyetim: ${p.count}. Shkruani pse çdo shifër ` +
    "është e saktë në një skedar JSON dhe jepeni me --justifications (shih --help).",
  unmatchedEntry: (p) => `${p.entry} nuk përputhet me asnjë paralajmërim në këtë fletë`,
  unmatchedEntries: (p) =>
    `Nuk u dërgua: në skedarin e arsyetimeve ${p.file}, ${p.lines}. Përdorni rregullin dhe ` +
    `qelizën e paralajmërimit siç i shfaq \`midex validate\` për fletën ${p.sheet}.`,
  refused: (p) => `midex: shkëmbimi e refuzoi dorëzimin (HTTP ${p.status}): ${p.message}`,
};

const mk: CommandText = {
  placed: (p) => `Внесени ${p.placed} од ${p.total} набљудувања во ${p.file} (лист ${p.sheet}).`,
  addedRows: (p) => `Додадени редови за: ${p.codes}`,
  replacedFormula: (p) => `формулата во ${p.cell} е заменета со ${p.value}`,
  notExported: () =>
    "Не е извезено. Поправете ги грешките или додајте --allow-errors за да го извезете " +
    "листот таков каков што е.",
  exported: (p) =>
    `Запишани ${p.count} набљудувања од ${p.template} (${p.country}, ${p.period}) во ${p.file}.`,
  migrated: (p) => `${p.sheet}: ${p.template} ${p.from} → ${p.to}, преместени податоци: ${p.moved}`,
  alreadyCurrent: (p) =>
    `${p.sheet}: ${p.template} веќе е ${p.from}, преместени податоци: ${p.moved}`,
  notPlaced: (p) => `не е внесено: ${p.sheet}: ${p.key}: ${p.reason}`,
  commentsKept: (p) =>
    "Коментарите (COMMENT_OBS) се зачувани како образложенија на предупредувањата во нивните " +
    `ќелии, каде што ги наоѓаат додатокот и \`midex submit\`: ${p.count} (${p.cells}).`,
  commentsNotKept: (p) =>
    `Не се увезени: коментари (COMMENT_OBS) во ќелиите ${p.cells}: ${p.count}; образецот ` +
    `${p.template} таму нема предупредување што би можеле да го образложат.`,
  justificationsReplaced: (p) =>
    "Образложението веќе зачувано во работната книга е заменето со коментарот од датотеката " +
    `(COMMENT_OBS) во ќелиите: ${p.count} (${p.cells}).`,
  unreadColumn: (p) =>
    `Не е прочитано: колоната „${p.name}“ (колона ${p.index} од ${p.file}); midex нема место ` +
    "за неа, па нејзините вредности не се увезени.",
  unreadCommentColumn: (p) =>
    `Не е прочитано: колоната „${p.name}“ (колона ${p.index} од ${p.file}). Ако содржи ` +
    "коментари што ги образложуваат податоците, наречете ја COMMENT_OBS, колоната од која " +
    "midex ги чита, па увезете повторно.",
  notMigrated: (p) =>
    `midex: не е преведено, ${p.file} не е запишан: податоци без ќелија во важечкиот образец: ` +
    `${p.count}. Преместете ги рачно или избришете ги, па повторно пуштете migrate.`,
  wrote: (p) => `Запишано ${p.file}.`,
  tokenCreated: (p) =>
    `Направен е токен (${p.role}) за ${p.country} во ${p.db}` +
    (p.days ? `, важи ${p.days} дена` : "") +
    ". Се прикажува само еднаш; " +
    (role(p) === "submitter"
      ? "имателот му го дава на `midex submit` со --token или MIDEX_TOKEN."
      : role(p) === "reviewer"
        ? "имателот може да ги прифати или врати поднесоците на сите земји."
        : "имателот може да ги чита поднесоците на земјата, но не и да поднесува."),
  listening: (p) => `размената midex слуша на ${p.url} (база ${p.db})`,
  stopped: (p) => `размената midex е запрена (${p.signal}).`,
  submitted: (p) => `Испратено ${p.template} за ${p.country}, ${p.period}: верзија ${p.version}.`,
  receiptSubmission: () => "поднесок",
  receiptReceived: () => "примено",
  receiptObservations: () => "опсервации",
  receiptFindings: () => "наоди",
  notSubmittedErrors: () =>
    "Не е испратено. Поправете ги грешките погоре, па испратете повторно; " +
    "`midex validate --for-submission` ја проверува работната книга како `midex submit`.",
  blankCells: (p) =>
    `${p.sheet}: празни ќелии за податоци: ${p.count}. \`midex submit\` го одбива листот ` +
    "додека секоја не содржи податок, 0 каде што немало ниту едно или : каде што податокот " +
    "не е достапен; `midex validate --for-submission` ги наведува.",
  notSubmittedUnjustified: (p) =>
    `Не е испратено: предупредувања погоре без образложение: ${p.count}. Напишете зошто ` +
    "секој податок е точен во JSON-датотека и дајте ја со --justifications (види --help).",
  unmatchedEntry: (p) => `${p.entry} не одговара на ниедно предупредување на овој лист`,
  unmatchedEntries: (p) =>
    `Не е испратено: во датотеката со образложенија ${p.file}, ${p.lines}. Наведете ги ` +
    `правилото и ќелијата на предупредувањето како ги печати \`midex validate\` за листот ${p.sheet}.`,
  refused: (p) => `midex: размената го одби поднесокот (HTTP ${p.status}): ${p.message}`,
};

const TEXT: Record<Language, CommandText> = {
  en,
  sq,
  "sr-Latn": srLatn,
  "sr-Cyrl": derivedCatalogue(srLatn, toCyrillic),
  mk,
  bs: ijekavian,
  cnr: ijekavian,
  qps: derivedCatalogue(en, pseudoText),
};

export type CommandLine = keyof typeof en;

/** One of the commands' sentences in the language. */
export function say(language: Language, line: CommandLine, params: P = {}): string {
  return unmarkedText(TEXT[language][line](params));
}
