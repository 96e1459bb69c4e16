import type { PaneStrings } from "./en";

/** The pane in Albanian; our own translation. */
export const sq: PaneStrings = {
  "app.title": "WB-MIDEX",
  "app.dismiss": "Mbyll",
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
};
