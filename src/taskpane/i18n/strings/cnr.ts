import type { PaneStrings } from "./en";

/** The pane in Montenegrin (ijekavian); our own translation. */
export const cnr: PaneStrings = {
  "app.title": "WB-MIDEX",
  "app.dismiss": "Zatvori",
  "app.preparing": "Pripremaju se provjere…",
  "app.engineFailed":
    "Okno nije moglo da učita provjere. Provjerite mrežnu vezu, zatim zatvorite okno i otvorite ga ponovo.",
  "marks.note":
    "Neuobičajen podatak: uobičajeni raspon za ovu ćeliju je od {low} do {high}. Ako je podatak tačan, pri slanju ćete morati da ga obrazložite.",
  "marks.noteNoRange":
    "Neuobičajen podatak za ovu ćeliju. Ako je tačan, pri slanju ćete morati da ga obrazložite.",
  "app.newSheets": "Novi listovi",
  "app.addRow": "Dodaj red",
  "app.check": "Provjera",
  "app.validating": "Provjerava se…",
  "app.validateNow": "Provjeri sada",
  "app.submit": "Slanje",
  "language.label": "Jezik",

  "load.form": "Učitavanje iz kataloga",
  "load.search": "Pretraga kataloga",
  "load.searchHint": "Oznaka tabele, naslov ili skup podataka, npr. azil",
  "load.country": "Država izvještavanja",
  "load.chooseCountry": "Izaberite državu",
  "load.participants": "Učesnici WB-MIDEX",
  "load.otherCountries": "Druge države",
  "load.period": "Referentni period",
  "load.periodHint": "Na primjer {example}; rokovi se vide u listi",
  "load.periodProblem": "Upišite period kao {example}.",
  "load.chosenFor": "{name} za {period}",
  "load.chooseAbove": "Izaberite tabelu ili paket iznad.",
  "load.loading": "Učitava se…",
  "load.load": "Učitaj",

  "catalogue.label": "Katalog",
  "catalogue.nothing": "Ništa ne odgovara pretrazi.",
  "catalogue.due": "rok {date}",
  "catalogue.tables": { one: "{count} tabela", few: "{count} tabele", other: "{count} tabela" },
  "catalogue.packages": "Paketi za izvještavanje",
  "catalogue.otherTables": "Druge tabele",
  "catalogue.article": "Čl. {article}",
  "catalogue.articleParagraph": "Čl. {article}({paragraph})",
  "frequency.M": "Mjesečno",
  "frequency.Q": "Tromjesečno",
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
    one: "Nije prenijeto: {count} podatak nema ćeliju u verziji {version}. Premjestite ga ručno ili ga obrišite, pa pokušajte ponovo.",
    few: "Nije prenijeto: {count} podatka nemaju ćeliju u verziji {version}. Premjestite ih ručno ili ih obrišite, pa pokušajte ponovo.",
    other:
      "Nije prenijeto: {count} podataka nema ćeliju u verziji {version}. Premjestite ih ručno ili ih obrišite, pa pokušajte ponovo.",
  },

  "cover.missing": "Nema lista",
  "cover.unreadable": "Ne može se pročitati",
  "cover.notTemplate": "Nije list obrasca",
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

  "signIn.address": "Adresa platforme za razmjenu",
  "signIn.token": "Pristupni token",
  "signIn.encrypted":
    "Čuva se šifrovano na ovom računaru dok se ne odjavite; nikad se ne upisuje u datoteku.",
  "signIn.session": "Čuva se samo dok je ovo okno otvoreno; nikad se ne upisuje u datoteku.",
  "signIn.signedIn": "Prijavljeni ste na {endpoint}.",
  "signIn.signOut": "Odjavi se",
  "signIn.needed": "Upišite adresu platforme za razmjenu i svoj pristupni token.",
  "submit.form": "Slanje na platformu za razmjenu",
  "submit.sheet": "List za slanje",
  "submit.warnings": "Upozorenja koja treba obrazložiti",
  "submit.warningsHint":
    "Svaki podatak ispod izgleda neuobičajeno. Napišite zašto je tačan; vaše obrazloženje šalje se uz podatak.",
  "submit.historyExchange":
    "Upoređeno s podacima koje je platforma za razmjenu prihvatila za prethodne periode.",
  "submit.historyWorkbook":
    "Platforma za razmjenu trenutno nije dostupna: upoređeno s prethodnim listovima ove radne sveske.",
  "submit.goTo": "Idi na ćeliju {cell}",
  "submit.submit": "Pošalji",
  "submit.submitting": "Šalje se…",
  "submit.changed": {
    one: "{count} podatak je promijenjen od prihvaćene verzije {version}:",
    few: "{count} podatka su promijenjena od prihvaćene verzije {version}:",
    other: "{count} podataka je promijenjeno od prihvaćene verzije {version}:",
  },
  "submit.unchanged": "Nijedan podatak nije promijenjen od prihvaćene verzije {version}.",
  "submit.more": "… i još {count}.",
  "submit.notAvailable": "nije dostupno",
  "submit.send": "Pošalji ovu verziju",
  "submit.cancel": "Otkaži",
  "submit.blockerLoad": "Najprije učitajte šablon.",
  "submit.blockerErrors": {
    one: "Najprije ispravite {count} grešku na listu {sheet}.",
    few: "Najprije ispravite {count} greške na listu {sheet}.",
    other: "Najprije ispravite {count} grešaka na listu {sheet}.",
  },
  "submit.blockerWarnings": {
    one: "Napišite zašto je tačan {count} podatak s upozorenjem, u polju pod Upozorenja koja treba obrazložiti.",
    few: "Napišite zašto su tačna {count} podatka s upozorenjem, u poljima pod Upozorenja koja treba obrazložiti.",
    other:
      "Napišite zašto je tačan svaki od {count} podataka s upozorenjem, u poljima pod Upozorenja koja treba obrazložiti.",
  },
  "submit.notTemplate": "List {sheet} ne može se poslati ovakav; pogledajte iznad.",
  "submit.errors": "List ima greške; najprije ispravite ćelije navedene ispod.",
  "submit.unjustified": {
    one: "{count} podatak s upozorenjem još nema obrazloženje; napišite zašto je tačan.",
    few: "{count} podatka s upozorenjem još nemaju obrazloženje; napišite zašto su tačni.",
    other: "{count} podataka s upozorenjem još nema obrazloženje; napišite zašto su tačni.",
  },
  "submit.exchangeWarnings": {
    one: "Platforma za razmjenu je našla {count} podatak kome treba obrazloženje (naveden pod Upozorenja koja treba obrazložiti). Napišite zašto je tačan, pa pošaljite ponovo; ništa nije sačuvano.",
    few: "Platforma za razmjenu je našla {count} podatka kojima treba obrazloženje (navedeni pod Upozorenja koja treba obrazložiti). Napišite zašto je svaki tačan, pa pošaljite ponovo; ništa nije sačuvano.",
    other:
      "Platforma za razmjenu je našla {count} podataka kojima treba obrazloženje (navedeni pod Upozorenja koja treba obrazložiti). Napišite zašto je svaki tačan, pa pošaljite ponovo; ništa nije sačuvano.",
  },
  "submit.justificationMissing": "Napišite zašto je ovaj podatak tačan.",
  "submit.justificationTooLong":
    "Skratite obrazloženje na najviše {max} znakova (sada ih ima {count}).",
  "submit.justificationFormula":
    "Počnite obrazloženje riječju: ono koje počinje sa =, +, - ili @ tabela bi izvršila kao formulu.",
  "submit.justificationOneLine":
    "Napišite obrazloženje u jednom redu, bez tabulatora i prijeloma reda.",
  "queue.waiting": "Čeka na slanje",
  "queue.entry":
    "{sheet} ({period}), čuva se od {since}; šalje se čim platforma za razmjenu odgovori.",
  "queue.queued":
    "Platforma za razmjenu nije dostupna. Podaci se čuvaju na ovom računaru i šalju čim platforma odgovori; okno možete zatvoriti.",
  "queue.refused": "{sheet}: {reason}",
  "receipt.title": "Poslato: {template} za {country}, {period}",
  "receipt.id": "Oznaka slanja",
  "receipt.version": "Verzija",
  "receipt.receivedAt": "Primljeno",
  "receipt.observations": "Opservacije",
  "receipt.status": "Status",
  "receipt.reviewComment": "Komentar recenzenta",
  "receipt.sha256": "SHA-256",
  "receipt.received": "primljeno, još nije provjereno",
  "receipt.validated": "provjereno, čeka pregled",
  "receipt.accepted": "prihvaćeno",
  "receipt.returned": "vraćeno na ispravku",
  "receipt.notWritten":
    "Platforma za razmjenu je sačuvala podatke (oznaka {id}), ali potvrda nije mogla biti upisana u radnu svesku: {reason}",

  "findings.region": "Nalazi",
  "findings.selectedCell": "Izabrana ćelija {sheet}!{address}",
  "findings.noneShown": "Nijedan nalaz ne odgovara filteru.",
  "findings.sheet": "List {sheet}",
  "findings.noProblems": "{sheet} — bez problema",
  "findings.heading": "{sheet} — {errors}, {warnings}",
  "findings.errorCount": { one: "{count} greška", few: "{count} greške", other: "{count} grešaka" },
  "findings.warningCount": {
    one: "{count} upozorenje",
    few: "{count} upozorenja",
    other: "{count} upozorenja",
  },
  "findings.errorGroup": "Greške ({count})",
  "findings.warningGroup": "Upozorenja ({count})",
  "findings.more": "…i još {count}; pojaviće se ovdje kad se isprave gornji.",
  "findings.goTo": "Idi na {address}",
  "findings.migrated": {
    one: "Prenijet je {count} podatak u verziju {version}.",
    few: "Prenijeta su {count} podatka u verziju {version}.",
    other: "Prenijeto je {count} podataka u verziju {version}.",
  },

  "summary.noTemplate": "Nije učitan nijedan obrazac",
  "summary.ready": "Spremno za slanje",

  "filter.show": "Prikaži",
  "filter.allSeverities": "Greške i upozorenja",
  "filter.errors": "Samo greške",
  "filter.warnings": "Samo upozorenja",
  "filter.rule": "Pravilo",
  "filter.allRules": "Sva pravila",

  "progress.load": "Dodaju se listovi…",
  "progress.validate": "Provjeravaju se svi listovi…",
  "progress.addRow": "Dodaje se red…",
  "progress.migrate": "Podaci se prenose u novu verziju…",
  "progress.submit": "List se provjerava i šalje…",
};
