import type { PaneStrings } from "./en";

/** The pane in Serbian, Latin script (ekavian); our own translation. Cyrillic is derived. */
export const srLatn: PaneStrings = {
  "app.title": "WB-MIDEX",
  "app.dismiss": "Zatvori",
  "app.newSheets": "Novi listovi",
  "app.addRow": "Dodaj red",
  "app.check": "Provera",
  "app.validating": "Proverava se…",
  "app.validateNow": "Proveri sada",
  "app.submit": "Slanje",
  "language.label": "Jezik",

  "load.form": "Učitavanje iz kataloga",
  "load.search": "Pretraga kataloga",
  "load.searchHint": "Oznaka tabele, naslov ili skup podataka, npr. azil",
  "load.country": "Država izveštavanja",
  "load.chooseCountry": "Izaberite državu",
  "load.participants": "Učesnici WB-MIDEX",
  "load.otherCountries": "Druge države",
  "load.period": "Referentni period",
  "load.periodHint": "Na primer {example}; rokovi se vide u listi",
  "load.periodProblem": "Upišite period kao {example}.",
  "load.chosenFor": "{name} za {period}",
  "load.chooseAbove": "Izaberite tabelu ili paket iznad.",
  "load.loading": "Učitava se…",
  "load.load": "Učitaj",

  "catalogue.label": "Katalog",
  "catalogue.nothing": "Ništa ne odgovara pretrazi.",
  "catalogue.due": "rok {date}",
  "catalogue.tables": { one: "{count} tabela", few: "{count} tabele", other: "{count} tabela" },
  "catalogue.packages": "Paketi za izveštavanje",
  "catalogue.otherTables": "Druge tabele",
  "catalogue.article": "Čl. {article}",
  "catalogue.articleParagraph": "Čl. {article}({paragraph})",
  "frequency.M": "Mesečno",
  "frequency.Q": "Tromesečno",
  "frequency.A": "Godišnje",

  "addRow.form": "Dodavanje reda u {sheet}",
  "addRow.intro":
    "List {sheet} prikazuje redove koji su potrebni većini država; dodajte red za bilo koju drugu šifru.",
  "addRow.toAdd": "{dimension} za dodavanje",
  "addRow.code": "Šifra",
  "addRow.placeholder": "Upišite šifru ili naziv",
  "addRow.noMatch": "Nijedna šifra ne odgovara",
  "addRow.adding": "Dodaje se…",
  "addRow.add": "Dodaj red",

  "migrate.busy": "Prenosi se…",
  "migrate.button": "Prenesi u verziju {version}",
  "migrate.refused": {
    one: "Nije preneto: {count} podatak nema ćeliju u verziji {version}. Premestite ga ručno ili ga obrišite, pa pokušajte ponovo.",
    few: "Nije preneto: {count} podatka nemaju ćeliju u verziji {version}. Premestite ih ručno ili ih obrišite, pa pokušajte ponovo.",
    other:
      "Nije preneto: {count} podataka nema ćeliju u verziji {version}. Premestite ih ručno ili ih obrišite, pa pokušajte ponovo.",
  },

  "cover.missing": "Nema lista",
  "cover.unreadable": "Ne može se pročitati",
  "cover.notTemplate": "Nije list šablona",
  "cover.errors": { one: "{count} greška", few: "{count} greške", other: "{count} grešaka" },
  "cover.ready": "Spremno",

  "chart.title": "Istorija ćelije {cell}",
  "chart.summary":
    "{cell}: {value} za {period}. Uobičajeni raspon od {low} do {high}, prema prethodnim periodima ({count}).",
  "chart.point": "{period}: {value}",
  "chart.current": "{period} (ovaj list): {value}",
  "chart.band": "uobičajeni raspon",
  "chart.period": "Period",
  "chart.value": "Podatak",
};
