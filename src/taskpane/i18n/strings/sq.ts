import type { PaneStrings } from "./en";

/** The pane in Albanian; our own translation. */
export const sq: PaneStrings = {
  "app.title": "WB-MIDEX",
  "app.dismiss": "Mbyll",
  "app.preparing": "Po përgatiten kontrollet…",
  "app.engineFailed":
    "Paneli nuk mundi të ngarkojë kontrollet. Kontrolloni lidhjen me rrjetin, pastaj mbylleni panelin dhe hapeni përsëri.",
  "marks.note":
    "Shifër e pazakontë: diapazoni i zakonshëm për këtë qelizë është nga {low} deri në {high}. Nëse shifra është e saktë, do t'ju kërkohet ta arsyetoni kur ta dorëzoni.",
  "marks.noteNoRange":
    "Shifër e pazakontë për këtë qelizë. Nëse është e saktë, do t'ju kërkohet ta arsyetoni kur ta dorëzoni.",
  "app.newSheets": "Fletë të reja",
  "app.addRow": "Shto një rresht",
  "app.check": "Kontrolli",
  "app.validating": "Po kontrollohet…",
  "app.validateNow": "Kontrollo tani",
  "app.submit": "Dërgimi",
  "language.label": "Gjuha",

  "load.form": "Ngarko nga katalogu",
  "load.search": "Kërko në katalog",
  "load.searchHint": "Kodi i tabelës, titulli ose grupi i të dhënave, p.sh. azil",
  "load.country": "Vendi raportues",
  "load.chooseCountry": "Zgjidhni një vend",
  "load.participants": "Pjesëmarrësit e WB-MIDEX",
  "load.otherCountries": "Vende të tjera",
  "load.period": "Periudha e referencës",
  "load.periodHint": "Për shembull {example}; afatet shfaqen në listë",
  "load.periodProblem": "Shkruajeni periudhën si {example}.",
  "load.chosenFor": "{name} për {period}",
  "load.chooseAbove": "Zgjidhni një tabelë ose një paketë më lart.",
  "load.loading": "Po ngarkohet…",
  "load.load": "Ngarko",

  "catalogue.label": "Katalogu",
  "catalogue.nothing": "Asgjë nuk përputhet me kërkimin.",
  "catalogue.due": "afati {date}",
  "catalogue.tables": { one: "{count} tabelë", other: "{count} tabela" },
  "catalogue.packages": "Paketat e raportimit",
  "catalogue.otherTables": "Tabela të tjera",
  "catalogue.article": "Neni {article}",
  "catalogue.articleParagraph": "Neni {article}({paragraph})",
  "frequency.M": "Mujore",
  "frequency.Q": "Tremujore",
  "frequency.A": "Vjetore",

  "addRow.form": "Shto një rresht në {sheet}",
  "addRow.intro":
    "Fleta {sheet} tregon rreshtat që u duhen shumicës së vendeve; shtoni një rresht për çdo kod tjetër.",
  "addRow.toAdd": "{dimension} për t'u shtuar",
  "addRow.code": "Kodi",
  "addRow.placeholder": "Shkruani një kod ose një emër",
  "addRow.noMatch": "Asnjë kod nuk përputhet",
  "addRow.adding": "Po shtohet…",
  "addRow.add": "Shto rreshtin",

  "migrate.busy": "Po kalohet…",
  "migrate.button": "Kalo në versionin {version}",
  "migrate.refused": {
    one: "Nuk u kalua: {count} shifër nuk ka qelizë në versionin {version}. Zhvendoseni me dorë ose fshijeni, pastaj provoni përsëri.",
    other:
      "Nuk u kalua: {count} shifra nuk kanë qelizë në versionin {version}. Zhvendosini me dorë ose fshijini, pastaj provoni përsëri.",
  },

  "cover.missing": "Fleta mungon",
  "cover.unreadable": "Nuk mund të lexohet",
  "cover.notTemplate": "Nuk është fletë shablloni",
  "cover.errors": { one: "{count} gabim", other: "{count} gabime" },
  "cover.ready": "Gati",

  "chart.title": "Historiku i {cell}",
  "chart.summary":
    "{cell}: {value} për {period}. Intervali i zakonshëm nga {low} deri në {high}, nga {count} periudha të mëparshme.",
  "chart.point": "{period}: {value}",
  "chart.current": "{period} (kjo fletë): {value}",
  "chart.band": "intervali i zakonshëm",
  "chart.period": "Periudha",
  "chart.value": "Shifra",

  "signIn.address": "Adresa e platformës së shkëmbimit",
  "signIn.token": "Tokeni i qasjes",
  "signIn.encrypted":
    "Ruhet i enkriptuar në këtë kompjuter derisa të dilni; nuk ruhet kurrë në skedar.",
  "signIn.session": "Ruhet vetëm sa është i hapur ky panel; nuk ruhet kurrë në skedar.",
  "signIn.signedIn": "Jeni identifikuar në {endpoint}.",
  "signIn.signOut": "Dilni",
  "signIn.needed": "Shkruani adresën e platformës së shkëmbimit dhe tokenin tuaj të qasjes.",
  "submit.form": "Dërgimi në platformën e shkëmbimit",
  "submit.sheet": "Fleta për t'u dërguar",
  "submit.warnings": "Paralajmërime për t'u arsyetuar",
  "submit.warningsHint":
    "Secila shifër më poshtë duket e pazakontë. Shkruani pse është e saktë; fjalët tuaja dërgohen bashkë me shifrën.",
  "submit.historyExchange":
    "Krahasuar me shifrat që platforma e shkëmbimit ka pranuar për periudhat e mëparshme.",
  "submit.historyWorkbook":
    "Platforma e shkëmbimit nuk arrihet tani: krahasuar me fletët e mëparshme të këtij libri pune.",
  "submit.goTo": "Shko te qeliza {cell}",
  "submit.submit": "Dërgo",
  "submit.submitting": "Po dërgohet…",
  "submit.changed": {
    one: "{count} shifër ka ndryshuar që nga versioni i pranuar {version}:",
    other: "{count} shifra kanë ndryshuar që nga versioni i pranuar {version}:",
  },
  "submit.unchanged": "Asnjë shifër nuk ka ndryshuar që nga versioni i pranuar {version}.",
  "submit.more": "… dhe {count} të tjera.",
  "submit.notAvailable": "nuk disponohet",
  "submit.send": "Dërgo këtë version",
  "submit.cancel": "Anulo",
  "submit.blockerLoad": "Së pari ngarkoni një shabllon.",
  "submit.blockerErrors": {
    one: "Së pari korrigjoni gabimin në {sheet}.",
    other: "Së pari korrigjoni {count} gabimet në {sheet}.",
  },
  "submit.blockerWarnings": {
    one: "Shkruani pse shifra me paralajmërim është e saktë, në kutinë nën Paralajmërime për t'u arsyetuar.",
    other:
      "Shkruani pse secila nga {count} shifrat me paralajmërim është e saktë, në kutitë nën Paralajmërime për t'u arsyetuar.",
  },
  "submit.notTemplate": "Fleta {sheet} nuk mund të dërgohet siç është; shihni më lart.",
  "submit.errors": "Fleta ka gabime; së pari korrigjoni qelizat e renditura më poshtë.",
  "submit.unjustified": {
    one: "Një shifër me paralajmërim nuk ka ende arsyetim; shkruani pse është e saktë.",
    other: "{count} shifra me paralajmërim nuk kanë ende arsyetim; shkruani pse janë të sakta.",
  },
  "submit.exchangeWarnings": {
    one: "Platforma e shkëmbimit gjeti një shifër që ka nevojë për arsyetim (e renditur nën Paralajmërime për t'u arsyetuar). Shkruani pse është e saktë, pastaj dërgoni përsëri; asgjë nuk u ruajt.",
    other:
      "Platforma e shkëmbimit gjeti {count} shifra që kanë nevojë për arsyetim (të renditura nën Paralajmërime për t'u arsyetuar). Shkruani pse secila është e saktë, pastaj dërgoni përsëri; asgjë nuk u ruajt.",
  },
  "submit.justificationMissing": "Shkruani pse kjo shifër është e saktë.",
  "submit.justificationTooLong":
    "Shkurtojeni arsyetimin në jo më shumë se {max} shenja (tani ka {count}).",
  "submit.justificationFormula":
    "Filloni arsyetimin me një fjalë: ai që fillon me =, +, - ose @ do të ekzekutohej si formulë në fletëllogaritëse.",
  "submit.justificationOneLine":
    "Shkruajeni arsyetimin në një rresht, pa tabulatorë dhe pa kalime në rresht të ri.",
  "queue.waiting": "Në pritje për t'u dërguar",
  "queue.entry":
    "{sheet} ({period}), ruhet që nga {since}; dërgohet sapo të përgjigjet platforma e shkëmbimit.",
  "queue.queued":
    "Platforma e shkëmbimit nuk arrihet. Dërgesa ruhet në këtë kompjuter dhe dërgohet sapo platforma të përgjigjet; mund ta mbyllni panelin.",
  "queue.refused": "{sheet}: {reason}",
  "receipt.title": "U dërgua {template} për {country}, {period}",
  "receipt.id": "Identifikuesi i dërgesës",
  "receipt.version": "Versioni",
  "receipt.receivedAt": "Marrë më",
  "receipt.observations": "Vëzhgime",
  "receipt.status": "Statusi",
  "receipt.reviewComment": "Komenti i shqyrtuesit",
  "receipt.sha256": "SHA-256",
  "receipt.received": "marrë, ende e pakontrolluar",
  "receipt.validated": "kontrolluar, në pritje të shqyrtimit",
  "receipt.accepted": "pranuar",
  "receipt.returned": "kthyer për korrigjim",
  "receipt.notWritten":
    "Platforma e shkëmbimit e ruajti dërgesën (id {id}), por dëshmia nuk mund të shkruhej në librin e punës: {reason}",

  "findings.region": "Gjetjet",
  "findings.selectedCell": "Qeliza e zgjedhur {sheet}!{address}",
  "findings.noneShown": "Asnjë gjetje nuk përputhet me filtrin.",
  "findings.sheet": "Fleta {sheet}",
  "findings.noProblems": "{sheet} — pa probleme",
  "findings.heading": "{sheet} — {errors}, {warnings}",
  "findings.errorCount": { one: "{count} gabim", other: "{count} gabime" },
  "findings.warningCount": { one: "{count} paralajmërim", other: "{count} paralajmërime" },
  "findings.errorGroup": "Gabime ({count})",
  "findings.warningGroup": "Paralajmërime ({count})",
  "findings.more": "…dhe {count} të tjera; shfaqen këtu sapo të korrigjohen ato më sipër.",
  "findings.goTo": "Shko te {address}",
  "findings.migrated": {
    one: "U zhvendos {count} shifër në versionin {version}.",
    other: "U zhvendosën {count} shifra në versionin {version}.",
  },

  "summary.noTemplate": "Asnjë shabllon i ngarkuar",
  "summary.ready": "Gati për dërgim",

  "filter.show": "Shfaq",
  "filter.allSeverities": "Gabime dhe paralajmërime",
  "filter.errors": "Vetëm gabimet",
  "filter.warnings": "Vetëm paralajmërimet",
  "filter.rule": "Rregulli",
  "filter.allRules": "Të gjitha rregullat",

  "progress.load": "Po shtohen fletët…",
  "progress.validate": "Po kontrollohen të gjitha fletët…",
  "progress.addRow": "Po shtohet rreshti…",
  "progress.migrate": "Po zhvendosen shifrat në versionin e ri…",
  "progress.submit": "Po kontrollohet fleta dhe po dërgohet…",
};
