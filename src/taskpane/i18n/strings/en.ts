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
  "app.preparing": "Preparing the checks…",
  "app.engineFailed":
    "The pane could not load its checks. Check the network connection, then close the pane and open it again.",
  "marks.note":
    "Unusual figure: the usual range for this cell is {low} to {high}. If the figure is right, you will be asked to justify it when you submit.",
  "marks.noteNoRange":
    "Unusual figure for this cell. If it is right, you will be asked to justify it when you submit.",
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

  "signIn.address": "Exchange address",
  "signIn.token": "Access token",
  "signIn.encrypted":
    "Kept on this computer, encrypted, until you sign out; never saved in the file.",
  "signIn.session": "Kept only while this pane is open; never saved in the file.",
  "signIn.signedIn": "Signed in to {endpoint}.",
  "signIn.signOut": "Sign out",
  "signIn.needed": "Enter the exchange address and your access token.",
  "submit.form": "Submit to the exchange",
  "submit.sheet": "Sheet to submit",
  "submit.warnings": "Warnings to justify",
  "submit.warningsHint":
    "Each figure below looks unusual. Write why it is right; your words are sent with the figure.",
  "submit.historyExchange": "Compared with the figures the exchange accepted for earlier periods.",
  "submit.historyWorkbook":
    "The exchange cannot be reached now: compared with earlier sheets of this workbook.",
  "submit.goTo": "Go to cell {cell}",
  "submit.submit": "Submit",
  "submit.submitting": "Submitting…",
  "submit.changed": {
    one: "{count} figure changed since the accepted version {version}:",
    other: "{count} figures changed since the accepted version {version}:",
  },
  "submit.unchanged": "No figure changed since the accepted version {version}.",
  "submit.more": "… and {count} more.",
  "submit.notAvailable": "not available",
  "submit.send": "Send this version",
  "submit.cancel": "Cancel",
  "submit.blockerLoad": "Load a template first.",
  "submit.blockerErrors": {
    one: "Correct the error on {sheet} first.",
    other: "Correct the {count} errors on {sheet} first.",
  },
  "submit.blockerWarnings": {
    one: "Write why the figure with a warning is right, in the box under Warnings to justify.",
    other:
      "Write why each of the {count} figures with a warning is right, in the boxes under Warnings to justify.",
  },
  "submit.notTemplate": "Sheet {sheet} cannot be submitted as it is; see above.",
  "submit.errors": "The sheet has errors; correct the cells listed below first.",
  "submit.unjustified": {
    one: "One figure with a warning has no justification yet; write why it is right.",
    other: "{count} figures with a warning have no justification yet; write why they are right.",
  },
  "submit.exchangeWarnings": {
    one: "The exchange found a figure that needs a justification (listed under Warnings to justify). Write why it is right, then submit again; nothing was stored.",
    other:
      "The exchange found {count} figures that need a justification (listed under Warnings to justify). Write why each is right, then submit again; nothing was stored.",
  },
  "submit.justificationMissing": "Write why this figure is right.",
  "submit.justificationTooLong":
    "Shorten the justification to at most {max} characters (it has {count}).",
  "submit.justificationFormula":
    "Start the justification with a word: one starting with =, +, - or @ would run as a formula in a spreadsheet.",
  "submit.justificationOneLine":
    "Write the justification on one line, without tabs or line breaks.",
  "queue.waiting": "Waiting to send",
  "queue.entry":
    "{sheet} ({period}), kept since {since}; it is sent as soon as the exchange answers.",
  "queue.queued":
    "The exchange cannot be reached. The submission is kept on this computer and sent as soon as the exchange answers; you may close the pane.",
  "queue.refused": "{sheet}: {reason}",
  "receipt.title": "Submitted {template} for {country}, {period}",
  "receipt.id": "Submission id",
  "receipt.version": "Version",
  "receipt.receivedAt": "Received at",
  "receipt.observations": "Observations",
  "receipt.status": "Status",
  "receipt.reviewComment": "Reviewer's comment",
  "receipt.sha256": "SHA-256",
  "receipt.received": "received, not yet checked",
  "receipt.validated": "checked, waiting for review",
  "receipt.accepted": "accepted",
  "receipt.returned": "returned for correction",
  "receipt.notWritten":
    "The exchange stored the submission (id {id}), but the receipt could not be written into the workbook: {reason}",

  "findings.region": "Findings",
  "findings.selectedCell": "Selected cell {sheet}!{address}",
  "findings.noneShown": "No finding matches the filter.",
  "findings.sheet": "Sheet {sheet}",
  "findings.noProblems": "{sheet} — no problems",
  "findings.heading": "{sheet} — {errors}, {warnings}",
  "findings.errorCount": { one: "{count} error", other: "{count} errors" },
  "findings.warningCount": { one: "{count} warning", other: "{count} warnings" },
  "findings.errorGroup": "Errors ({count})",
  "findings.warningGroup": "Warnings ({count})",
  "findings.more": "…and {count} more; they appear here as the ones above are fixed.",
  "findings.goTo": "Go to {address}",
  "findings.migrated": {
    one: "Moved {count} figure to version {version}.",
    other: "Moved {count} figures to version {version}.",
  },

  "summary.noTemplate": "No template loaded",
  "summary.ready": "Ready to submit",

  "filter.show": "Show",
  "filter.allSeverities": "Errors and warnings",
  "filter.errors": "Errors only",
  "filter.warnings": "Warnings only",
  "filter.rule": "Rule",
  "filter.allRules": "All rules",

  "progress.load": "Adding the sheets…",
  "progress.validate": "Checking every sheet…",
  "progress.addRow": "Adding the row…",
  "progress.migrate": "Moving the figures to the new version…",
  "progress.submit": "Checking the sheet and sending it…",
};

export type PaneKey = keyof typeof en;
export type PaneEntry = string | { one?: string; few?: string; other: string };
export type PaneStrings = Record<PaneKey, PaneEntry>;
