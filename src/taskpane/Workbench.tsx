import { Button, Divider, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { Suspense, useCallback, useEffect, useState } from "react";
import type { WorkbookPort } from "../excel";
import { addableCodes } from "./addable-codes";
import { FindingsList } from "./FindingsList";
import { PaneSection } from "./PaneSection";
import { useText } from "./i18n/LanguageContext";
import { AddRowPanel, HistoryChart } from "./lazy-panels";
import { templateReports } from "./reports";
import { selectedHistory } from "./selected-history";
import { SubmitPanel } from "./SubmitPanel";
import { useCoverStatus } from "./use-cover-status";
import { usePlausibilityMarks } from "./use-plausibility-marks";
import { SubmitFn, useSubmission } from "./use-submission";
import type { Book } from "./use-workbook";

export interface WorkbenchProps {
  book: Book;
  workbook: WorkbookPort;
  submit: SubmitFn;
  /** The pane's language (from Office, or as the user picked it), for the findings' wording. */
  language: string;
  /** Told whenever a submission starts or ends, for the pane's progress line. */
  onSubmitting: (busy: boolean) => void;
}

/**
 * The part of the pane that works on loaded sheets: adding rows, the findings and submitting. It
 * comes with the engine (see engine.ts), as everything in it needs the templates and the rules.
 */
export function Workbench({ book, workbook, submit, language, onSubmitting }: WorkbenchProps) {
  const t = useText();
  const submission = useSubmission(submit, book.reread);
  const [chosenTarget, setChosenTarget] = useState<string>();
  useCoverStatus(workbook, book.reports, book.merge, book.fail);
  useEffect(() => onSubmitting(submission.busy), [onSubmitting, submission.busy]);
  const marks = usePlausibilityMarks(workbook, book.reports, submission, book.fail);
  const { addRow } = book;
  const addRowAndMark = useCallback(
    async (sheetId: string, code: string) => {
      await addRow(sheetId, code);
      // Adding a row rewrites the sheet's conditional formats, an older Excel's marks among them.
      marks.forget(sheetId);
    },
    [addRow, marks]
  );

  const sheets = templateReports(book.reports);
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
    <>
      {canAddRows && rowTarget?.kind === "template" && (
        <>
          <Divider />
          <PaneSection id="rows" title={t("app.addRow")}>
            <Suspense fallback={null}>
              <AddRowPanel
                key={rowTarget.sheetId}
                target={rowTarget}
                busy={book.activity === "addRow"}
                onAdd={addRowAndMark}
              />
            </Suspense>
          </PaneSection>
        </>
      )}
      <Divider />
      <PaneSection id="check" title={t("app.check")}>
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
      </PaneSection>
      <Divider />
      <PaneSection id="submit" title={t("app.submit")}>
        <SubmitPanel
          targets={targets}
          targetId={targetId}
          onTarget={setChosenTarget}
          target={target}
          submission={submission}
          onGo={book.go}
        />
      </PaneSection>
    </>
  );
}
