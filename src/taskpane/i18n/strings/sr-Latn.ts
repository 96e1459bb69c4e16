import type { PaneStrings } from "./en";

/** The pane in Serbian, Latin script (ekavian); our own translation. Cyrillic is derived. */
export const srLatn: PaneStrings = {
  "app.title": "WB-MIDEX",
  "app.dismiss": "Zatvori",
  "app.preparing": "Pripremaju se provere…",
  "app.engineFailed":
    "Okno nije moglo da učita provere. Proverite mrežnu vezu, zatim zatvorite okno i otvorite ga ponovo.",
  "marks.note":
    "Neuobičajen podatak: uobičajeni raspon za ovu ćeliju je od {low} do {high}. Ako je podatak tačan, pri slanju ćete morati da ga obrazložite.",
  "marks.noteNoRange":
    "Neuobičajen podatak za ovu ćeliju. Ako je tačan, pri slanju ćete morati da ga obrazložite.",
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

  "signIn.address": "Adresa platforme za razmenu",
  "signIn.token": "Pristupni token",
  "signIn.encrypted":
    "Čuva se šifrovano na ovom računaru dok se ne odjavite; nikad se ne upisuje u datoteku.",
  "signIn.session": "Čuva se samo dok je ovo okno otvoreno; nikad se ne upisuje u datoteku.",
  "signIn.signedIn": "Prijavljeni ste na {endpoint}.",
  "signIn.signOut": "Odjavi se",
  "signIn.needed": "Upišite adresu platforme za razmenu i svoj pristupni token.",
  "submit.form": "Slanje na platformu za razmenu",
  "submit.sheet": "List za slanje",
  "submit.warnings": "Upozorenja koja treba obrazložiti",
  "submit.warningsHint":
    "Svaki podatak ispod izgleda neuobičajeno. Napišite zašto je tačan; vaše obrazloženje šalje se uz podatak.",
  "submit.historyExchange":
    "Upoređeno s podacima koje je platforma za razmenu prihvatila za prethodne periode.",
  "submit.historyWorkbook":
    "Platforma za razmenu trenutno nije dostupna: upoređeno s prethodnim listovima ove radne sveske.",
  "submit.goTo": "Idi na ćeliju {cell}",
  "submit.submit": "Pošalji",
  "submit.submitting": "Šalje se…",
  "submit.changed": {
    one: "{count} podatak je promenjen od prihvaćene verzije {version}:",
    few: "{count} podatka su promenjena od prihvaćene verzije {version}:",
    other: "{count} podataka je promenjeno od prihvaćene verzije {version}:",
  },
  "submit.unchanged": "Nijedan podatak nije promenjen od prihvaćene verzije {version}.",
  "submit.more": "… i još {count}.",
  "submit.notAvailable": "nije dostupno",
  "submit.send": "Pošalji ovu verziju",
  "submit.cancel": "Otkaži",
  "submit.blockerLoad": "Najpre učitajte šablon.",
  "submit.blockerErrors": {
    one: "Najpre ispravite {count} grešku na listu {sheet}.",
    few: "Najpre ispravite {count} greške na listu {sheet}.",
    other: "Najpre ispravite {count} grešaka na listu {sheet}.",
  },
  "submit.blockerWarnings": {
    one: "Napišite zašto je tačan {count} podatak s upozorenjem, u polju pod Upozorenja koja treba obrazložiti.",
    few: "Napišite zašto su tačna {count} podatka s upozorenjem, u poljima pod Upozorenja koja treba obrazložiti.",
    other:
      "Napišite zašto je tačan svaki od {count} podataka s upozorenjem, u poljima pod Upozorenja koja treba obrazložiti.",
  },
  "submit.notTemplate": "List {sheet} ne može se poslati ovakav; pogledajte iznad.",
  "submit.errors": "List ima greške; najpre ispravite ćelije navedene ispod.",
  "submit.unjustified": {
    one: "{count} podatak s upozorenjem još nema obrazloženje; napišite zašto je tačan.",
    few: "{count} podatka s upozorenjem još nemaju obrazloženje; napišite zašto su tačni.",
    other: "{count} podataka s upozorenjem još nema obrazloženje; napišite zašto su tačni.",
  },
  "submit.exchangeWarnings": {
    one: "Platforma za razmenu je našla {count} podatak kome treba obrazloženje (naveden pod Upozorenja koja treba obrazložiti). Napišite zašto je tačan, pa pošaljite ponovo; ništa nije sačuvano.",
    few: "Platforma za razmenu je našla {count} podatka kojima treba obrazloženje (navedeni pod Upozorenja koja treba obrazložiti). Napišite zašto je svaki tačan, pa pošaljite ponovo; ništa nije sačuvano.",
    other:
      "Platforma za razmenu je našla {count} podataka kojima treba obrazloženje (navedeni pod Upozorenja koja treba obrazložiti). Napišite zašto je svaki tačan, pa pošaljite ponovo; ništa nije sačuvano.",
  },
  "submit.justificationMissing": "Napišite zašto je ovaj podatak tačan.",
  "submit.justificationTooLong":
    "Skratite obrazloženje na najviše {max} znakova (sada ih ima {count}).",
  "submit.justificationFormula":
    "Počnite obrazloženje rečju: ono koje počinje sa =, +, - ili @ tabela bi izvršila kao formulu.",
  "submit.justificationOneLine":
    "Napišite obrazloženje u jednom redu, bez tabulatora i preloma reda.",
  "queue.waiting": "Čeka na slanje",
  "queue.entry":
    "{sheet} ({period}), čuva se od {since}; šalje se čim platforma za razmenu odgovori.",
  "queue.queued":
    "Platforma za razmenu nije dostupna. Podaci se čuvaju na ovom računaru i šalju čim platforma odgovori; okno možete zatvoriti.",
  "queue.refused": "{sheet}: {reason}",
  "receipt.title": "Poslato: {template} za {country}, {period}",
  "receipt.id": "Oznaka slanja",
  "receipt.version": "Verzija",
  "receipt.receivedAt": "Primljeno",
  "receipt.observations": "Opservacije",
  "receipt.status": "Status",
  "receipt.reviewComment": "Komentar recenzenta",
  "receipt.sha256": "SHA-256",
  "receipt.received": "primljeno, još nije provereno",
  "receipt.validated": "provereno, čeka pregled",
  "receipt.accepted": "prihvaćeno",
  "receipt.returned": "vraćeno na ispravku",
  "receipt.notWritten":
    "Platforma za razmenu je sačuvala podatke (oznaka {id}), ali potvrda nije mogla da se upiše u radnu svesku: {reason}",

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
  "findings.more": "…i još {count}; pojaviće se ovde kad se isprave gornji.",
  "findings.goTo": "Idi na {address}",
  "findings.migrated": {
    one: "Prenet je {count} podatak u verziju {version}.",
    few: "Preneta su {count} podatka u verziju {version}.",
    other: "Preneto je {count} podataka u verziju {version}.",
  },

  "summary.noTemplate": "Nije učitan nijedan šablon",
  "summary.ready": "Spremno za slanje",

  "filter.show": "Prikaži",
  "filter.allSeverities": "Greške i upozorenja",
  "filter.errors": "Samo greške",
  "filter.warnings": "Samo upozorenja",
  "filter.rule": "Pravilo",
  "filter.allRules": "Sva pravila",

  "progress.load": "Dodaju se listovi…",
  "progress.validate": "Proveravaju se svi listovi…",
  "progress.addRow": "Dodaje se red…",
  "progress.migrate": "Podaci se prenose u novu verziju…",
  "progress.submit": "List se proverava i šalje…",
};
