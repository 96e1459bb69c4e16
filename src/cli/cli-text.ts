import { countOf, Language, PluralForms, pseudoText, toCyrillic } from "../core/i18n";
import { markParams, unmarkedText } from "../core/i18n/kept-spans";

/**
 * The few sentences of midex's own (besides the findings, which come from the core's catalogue)
 * in each language. Serbian Cyrillic is the Latin text transliterated; the pseudo-locale is
 * derived from English. To add a sentence: add it to every entry of TEXT (tsc insists).
 * The user's own values (file names, ids) are marked so a derived language leaves them alone.
 */
interface CliText {
  error: PluralForms;
  warning: PluralForms;
  severity: { error: string; warning: string };
  line: string;
  wrote: (p: {
    file: string;
    what: string;
    country: string;
    name: string;
    period: string;
  }) => string;
  shape: (rows: string, cols: string) => string;
  cover: (tables: string, ids: string) => string;
  package: string;
  frequency: { M: string; Q: string; A: string };
  month: PluralForms;
  dueAfter: (months: string) => string;
}

const en: CliText = {
  error: { one: "error", other: "errors" },
  warning: { one: "warning", other: "warnings" },
  severity: { error: "ERROR", warning: "WARNING" },
  line: "line",
  wrote: (p) => `Wrote ${p.file}: ${p.what} for ${p.country} (${p.name}), ${p.period}`,
  shape: (rows, cols) => `${rows} rows × ${cols} columns of figures`,
  cover: (tables, ids) => `a cover sheet and ${tables} tables (${ids})`,
  package: "package",
  frequency: { M: "monthly", Q: "quarterly", A: "annual" },
  month: { one: "month", other: "months" },
  dueAfter: (months) => `due ${months} after the period`,
};

const srLatn: CliText = {
  error: { one: "greška", few: "greške", other: "grešaka" },
  warning: { one: "upozorenje", few: "upozorenja", other: "upozorenja" },
  severity: { error: "GREŠKA", warning: "UPOZORENJE" },
  line: "red",
  wrote: (p) => `Zapisano ${p.file}: ${p.what} za ${p.country} (${p.name}), ${p.period}`,
  shape: (rows, cols) => `${rows} redova × ${cols} kolona podataka`,
  cover: (tables, ids) => `naslovni list i ${tables} tabela (${ids})`,
  package: "paket",
  frequency: { M: "mesečno", Q: "tromesečno", A: "godišnje" },
  month: { one: "mesec", few: "meseca", other: "meseci" },
  dueAfter: (months) => `rok ${months} po isteku perioda`,
};

const bs: CliText = {
  ...srLatn,
  frequency: { M: "mjesečno", Q: "tromjesečno", A: "godišnje" },
  month: { one: "mjesec", few: "mjeseca", other: "mjeseci" },
};

const sq: CliText = {
  error: { one: "gabim", other: "gabime" },
  warning: { one: "paralajmërim", other: "paralajmërime" },
  severity: { error: "GABIM", warning: "PARALAJMËRIM" },
  line: "rreshti",
  wrote: (p) => `U shkrua ${p.file}: ${p.what} për ${p.country} (${p.name}), ${p.period}`,
  shape: (rows, cols) => `${rows} rreshta × ${cols} kolona shifrash`,
  cover: (tables, ids) => `një fletë kopertinë dhe ${tables} tabela (${ids})`,
  package: "paketa",
  frequency: { M: "mujore", Q: "tremujore", A: "vjetore" },
  month: { one: "muaj", other: "muaj" },
  dueAfter: (months) => `afati ${months} pas periudhës`,
};

const mk: CliText = {
  error: { one: "грешка", other: "грешки" },
  warning: { one: "предупредување", other: "предупредувања" },
  severity: { error: "ГРЕШКА", warning: "ПРЕДУПРЕДУВАЊЕ" },
  line: "ред",
  wrote: (p) => `Запишано ${p.file}: ${p.what} за ${p.country} (${p.name}), ${p.period}`,
  shape: (rows, cols) => `${rows} редови × ${cols} колони со податоци`,
  cover: (tables, ids) => `насловен лист и ${tables} табели (${ids})`,
  package: "пакет",
  frequency: { M: "месечно", Q: "тромесечно", A: "годишно" },
  month: { one: "месец", other: "месеци" },
  dueAfter: (months) => `рок ${months} по истекот на периодот`,
};

function mapText(text: CliText, change: (s: string) => string): CliText {
  const forms = (f: PluralForms) =>
    Object.fromEntries(Object.entries(f).map(([k, v]) => [k, change(v!)])) as PluralForms;
  return {
    error: forms(text.error),
    warning: forms(text.warning),
    severity: { error: change(text.severity.error), warning: change(text.severity.warning) },
    line: change(text.line),
    // The file, country and period are the user's: only the words around them change.
    wrote: (p) => unmarkedText(change(text.wrote(markParams(p) as typeof p))),
    shape: (rows, cols) => change(text.shape(rows, cols)),
    cover: (tables, ids) =>
      unmarkedText(change(text.cover(tables, markParams({ ids }).ids as string))),
    package: change(text.package),
    frequency: {
      M: change(text.frequency.M),
      Q: change(text.frequency.Q),
      A: change(text.frequency.A),
    },
    month: forms(text.month),
    dueAfter: (months) => change(text.dueAfter(months)),
  };
}

const TEXT: Record<Language, CliText> = {
  en,
  sq,
  "sr-Latn": srLatn,
  "sr-Cyrl": mapText(srLatn, toCyrillic),
  mk,
  // Bosnian and Montenegrin say these few words as Serbian Latin does, ijekavian.
  bs,
  cnr: bs,
  qps: mapText(en, pseudoText),
};

export function cliText(language: Language): CliText {
  return TEXT[language];
}

/** "2 errors, 1 warning" in the language, with its plural forms. */
export function findingCounts(language: Language, errors: number, warnings: number): string {
  const text = TEXT[language];
  return `${countOf(language, errors, text.error)}, ${countOf(language, warnings, text.warning)}`;
}
