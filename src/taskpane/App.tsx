import {
  Button,
  Divider,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Title3,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { catalogue } from "./catalogue-data";
import { useText } from "./i18n/LanguageContext";
import { LanguagePicker } from "./i18n/LanguagePicker";
import type { Engine } from "./load-engine";
import { LoadPanel } from "./LoadPanel";
import { PaneSection } from "./PaneSection";
import { ProgressNote } from "./ProgressNote";
import { summaryOf, templateReports } from "./reports";
import { SummaryBadge } from "./SummaryBadge";
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
});

export interface AppProps {
  /** The engine on its way (see load-engine.ts); the first screen does not wait for it. */
  engine: Promise<Engine>;
  /** The pane's language (from Office, or as the user picked it), for the findings' wording. */
  language: string;
}

/**
 * The engine once it has arrived, or whether it could not come (its chunk could not be fetched:
 * the browser's own error says so in words meant for developers, so the pane says it plainly).
 */
function useEngine(loading: Promise<Engine>): { engine?: Engine; failed?: boolean } {
  const [state, setState] = useState<{ engine?: Engine; failed?: boolean }>({});
  useEffect(() => {
    let live = true;
    loading.then(
      (engine) => live && setState({ engine }),
      () => live && setState({ failed: true })
    );
    return () => {
      live = false;
    };
  }, [loading]);
  return state;
}

export function App({ engine: loading, language }: AppProps) {
  const styles = useStyles();
  const t = useText();
  const { engine, failed } = useEngine(loading);
  const book = useWorkbook(engine);
  const [submitting, setSubmitting] = useState(false);
  const sheets = templateReports(book.reports);

  return (
    <main className={styles.pane}>
      <header className={styles.header}>
        <Title3 as="h1" className={styles.title}>
          {t("app.title")}
        </Title3>
        <SummaryBadge summary={summaryOf(sheets)} sheetCount={sheets.length} />
        <LanguagePicker />
      </header>
      <ProgressNote activity={book.activity} submitting={submitting} />
      {failed && (
        <MessageBar intent="error" layout="multiline" data-testid="problem">
          <MessageBarBody>{t("app.engineFailed")}</MessageBarBody>
        </MessageBar>
      )}
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
      <PaneSection id="load" title={t("app.newSheets")}>
        <LoadPanel
          catalogue={catalogue}
          busy={book.activity === "load"}
          ready={engine !== undefined}
          onLoad={book.load}
        />
      </PaneSection>
      {engine ? (
        <engine.Workbench
          book={book}
          workbook={engine.workbook}
          submit={engine.submit}
          language={language}
          onSubmitting={setSubmitting}
        />
      ) : (
        !failed && (
          <>
            <Divider />
            <Spinner size="tiny" labelPosition="after" label={t("app.preparing")} />
          </>
        )
      )}
    </main>
  );
}
