/**
 * The task pane's own words, in English: the reference for every other language.
 *
 * How to add a string (for any component of the pane):
 * 1. add a key here, with {name} for each value the sentence takes, or, for a counted word, an
 *    object of plural forms ({ one, few?, other }) whose sentence gets {count};
 * 2. add the same key to sq.ts, sr-Latn.ts, mk.ts, bs.ts and cnr.ts (TypeScript lists the ones
 *    missing it; Serbian Cyrillic and the pseudo-locale are derived, nothing to add there);
 * 3. in the component: `const t = useText();` then `t("your.key", { name: value })`.
 * Keys are grouped by the component that shows them. Findings' own sentences are not here: they
 * come from the core's message catalogue (src/core/messages), rendered with `useLanguage()`.
 */
export const en = {
  "app.title": "WB-MIDEX",
  "app.dismiss": "Dismiss",
  "app.newSheets": "New sheets",
  "app.addRow": "Add a row",
  "app.check": "Check",
  "app.validating": "Validating…",
  "app.validateNow": "Validate now",
  "app.submit": "Submit",
  "language.label": "Language",

  "load.form": "Load from the catalogue",
  "load.search": "Search the catalogue",
  "load.searchHint": "Table id, title or dataset, e.g. asylum",
  "load.country": "Reporting country",
  "load.chooseCountry": "Choose a country",
  "load.participants": "WB-MIDEX participants",
  "load.otherCountries": "Other countries",
  "load.period": "Reference period",
  "load.periodHint": "For example {example}; deadlines appear in the list",
  "load.periodProblem": "Write the period like {example}.",
  "load.chosenFor": "{name} for {period}",
  "load.chooseAbove": "Choose a table or a package above.",
  "load.loading": "Loading…",
  "load.load": "Load",

  "catalogue.label": "Catalogue",
  "catalogue.nothing": "Nothing matches the search.",
  "catalogue.due": "due {date}",
  "catalogue.tables": { one: "{count} table", other: "{count} tables" },
  "catalogue.packages": "Reporting packages",
  "catalogue.otherTables": "Other tables",
  "catalogue.article": "Art. {article}",
  "catalogue.articleParagraph": "Art. {article}({paragraph})",
  "frequency.M": "Monthly",
  "frequency.Q": "Quarterly",
  "frequency.A": "Annual",

  "addRow.form": "Add a row to {sheet}",
  "addRow.intro": "Sheet {sheet} shows the rows most countries need; add a row for any other code.",
  "addRow.toAdd": "{dimension} to add",
  "addRow.code": "Code",
  "addRow.placeholder": "Type a code or a name",
  "addRow.noMatch": "No code matches",
  "addRow.adding": "Adding…",
  "addRow.add": "Add row",

  "migrate.busy": "Migrating…",
  "migrate.button": "Migrate to version {version}",
  "migrate.refused": {
    one: "Not migrated: {count} figure has no cell in version {version}. Move it by hand or clear it, then try again.",
    other:
      "Not migrated: {count} figures have no cell in version {version}. Move them by hand or clear them, then try again.",
  },

  "cover.missing": "Sheet missing",
  "cover.unreadable": "Cannot be read",
  "cover.notTemplate": "Not a template sheet",
  "cover.errors": { one: "{count} error", other: "{count} errors" },
  "cover.ready": "Ready",

  "chart.title": "History of {cell}",
  "chart.summary":
    "{cell}: {value} for {period}. Usual range {low} to {high}, from {count} earlier periods.",
  "chart.point": "{period}: {value}",
  "chart.current": "{period} (this sheet): {value}",
  "chart.band": "usual range",
  "chart.period": "Period",
  "chart.value": "Figure",
};

export type PaneKey = keyof typeof en;
export type PaneEntry = string | { one?: string; few?: string; other: string };
export type PaneStrings = Record<PaneKey, PaneEntry>;
