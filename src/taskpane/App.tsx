import {
  Button,
  Divider,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Subtitle2,
  Title3,
  tokens,
} from "@fluentui/react-components";
import { Suspense, useState } from "react";
import { allPackages, allTemplates, codeLists } from "../core";
import type { WorkbookPort } from "../excel";
import { FindingsList } from "./FindingsList";
import { useText } from "./i18n/LanguageContext";
import { LanguagePicker } from "./i18n/LanguagePicker";
import { addableCodes } from "./addable-codes";
import { AddRowPanel, HistoryChart } from "./lazy-panels";
import { LoadPanel } from "./LoadPanel";
import { ProgressNote } from "./ProgressNote";
import { summaryOf, templateReports } from "./reports";
import { selectedHistory } from "./selected-history";
import { SubmitPanel } from "./SubmitPanel";
import { SummaryBadge } from "./SummaryBadge";
import { SubmitFn, useSubmission } from "./use-submission";
import { useWorkbook } from "./use-workbook";

const useStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  title: { margin: 0, flexGrow: 1 },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  sectionTitle: { margin: 0 },
});

export interface AppProps {
  workbook: WorkbookPort;
  submit: SubmitFn;
  /** The pane's language (from Office, or as the user picked it), for the findings' wording. */
  language: string;
}

const templates = allTemplates();
const packages = allPackages();
const countries = codeLists.get("geo").codes;

export function App({ workbook, submit, language }: AppProps) {
  const styles = useStyles();
  const t = useText();
  const book = useWorkbook(workbook);
  const submission = useSubmission(submit, book.reread);
  const [chosenTarget, setChosenTarget] = useState<string>();

  const sheets = templateReports(book.reports);
  const summary = summaryOf(sheets);
  const targets = book.reports.filter((r) => r.kind === "template");
  const targetId = [chosenTarget, book.lastLoaded, targets[0]?.sheetId].find((id) =>
    targets.some((t) => t.sheetId === id)
  );
  const target = book.reports.find((r) => r.sheetId === targetId);
  // Rows go to the sheet the user is on in Excel, else to the one just loaded.
  const rowTarget = [book.selected?.sheetId, book.lastLoaded, targetId]
    .map((id) => targets.find((t) => t.sheetId === id))
    .find((t) => t !== undefined);
  const canAddRows = rowTarget?.kind === "template" && addableCodes(rowTarget.data) !== undefined;
  const history = selectedHistory(book.reports, book.selected);

  return (
    <main className={styles.pane}>
      <header className={styles.header}>
        <Title3 as="h1" className={styles.title}>
          {t("app.title")}
        </Title3>
        <SummaryBadge summary={summary} sheetCount={sheets.length} />
        <LanguagePicker />
      </header>
      <ProgressNote activity={book.activity} submitting={submission.busy} />
      {book.problem && (
        <MessageBar intent="error" layout="multiline" data-testid="problem">
          <MessageBarBody>{book.problem}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={book.dismissProblem}>
              {t("app.dismiss")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <section className={styles.section} aria-labelledby="load-title">
        <Subtitle2 as="h2" id="load-title" className={styles.sectionTitle}>
          {t("app.newSheets")}
        </Subtitle2>
        <LoadPanel
          templates={templates}
          packages={packages}
          countries={countries}
          busy={book.activity === "load"}
          onLoad={book.load}
        />
      </section>
      {canAddRows && rowTarget?.kind === "template" && (
        <>
          <Divider />
          <section className={styles.section} aria-labelledby="rows-title">
            <Subtitle2 as="h2" id="rows-title" className={styles.sectionTitle}>
              {t("app.addRow")}
            </Subtitle2>
            <Suspense fallback={null}>
              <AddRowPanel
                key={rowTarget.sheetId}
                target={rowTarget}
                busy={book.activity === "addRow"}
                onAdd={book.addRow}
              />
            </Suspense>
          </section>
        </>
      )}
      <Divider />
      <section className={styles.section} aria-labelledby="check-title">
        <Subtitle2 as="h2" id="check-title" className={styles.sectionTitle}>
          {t("app.check")}
        </Subtitle2>
        <div>
          <Button onClick={book.validateNow} disabled={book.activity !== undefined}>
            {book.activity === "validate" ? t("app.validating") : t("app.validateNow")}
          </Button>
        </div>
        <FindingsList
          reports={sheets}
          language={language}
          selected={book.selected}
          onGo={book.go}
          migrating={book.activity === "migrate"}
          migration={book.migration}
          onMigrate={book.migrate}
        />
        {history && (
          <Suspense fallback={null}>
            <HistoryChart {...history} />
          </Suspense>
        )}
        {book.migration?.kind === "migrated" && (
          <MessageBar intent="success" data-testid="migrated">
            <MessageBarBody>{book.migration.message}</MessageBarBody>
          </MessageBar>
        )}
      </section>
      <Divider />
      <section className={styles.section} aria-labelledby="submit-title">
        <Subtitle2 as="h2" id="submit-title" className={styles.sectionTitle}>
          {t("app.submit")}
        </Subtitle2>
        <SubmitPanel
          targets={targets}
          targetId={targetId}
          onTarget={setChosenTarget}
          target={target}
          submission={submission}
          onGo={book.go}
        />
      </section>
    </main>
  );
}
