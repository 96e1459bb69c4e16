import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Text,
  tokens,
} from "@fluentui/react-components";
import { FormEvent } from "react";
import { diffSize, FigureChange, latestReceipt } from "../core";
import type { SheetReport } from "../excel";
import { ReceiptView } from "./ReceiptView";
import { submitBlocker } from "./submit-blocker";
import type { Submission } from "./use-submission";
import { justificationProblem, unjustifiedCount, warningsToJustify } from "./warnings";

export type { Refusal } from "./submission-flow";

const TEXT = {
  form: "Submit to the exchange",
  sheet: "Sheet to submit",
  address: "Exchange address",
  token: "Access token",
  encrypted: "Kept on this computer, encrypted, until you sign out; never saved in the file.",
  session: "Kept only while this pane is open; never saved in the file.",
  signedIn: (endpoint: string) => `Signed in to ${endpoint}.`,
  signOut: "Sign out",
  warnings: "Warnings to justify",
  warningsHint:
    "Each figure below looks unusual. Write why it is right; your words are sent with the figure.",
  submit: "Submit",
  submitting: "Submitting…",
  changed: (count: number, version: number) =>
    count === 1
      ? `1 figure changed since the accepted version ${version}:`
      : `${count} figures changed since the accepted version ${version}:`,
  unchanged: (version: number) => `No figure changed since the accepted version ${version}.`,
  more: (count: number) => `… and ${count} more.`,
  send: "Send this version",
  cancel: "Cancel",
  waiting: "Waiting to send",
  waitingEntry: (sheet: string, period: string, since: string) =>
    `${sheet} (${period}), kept since ${since}; it is sent as soon as the exchange answers.`,
};

const SHOWN_CHANGES = 12;

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  fill: { width: "100%", minWidth: 0 },
  select: { width: "100%", minWidth: 0, textOverflow: "ellipsis" },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0 },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export interface SubmitTarget {
  sheetId: string;
  sheet: string;
}

interface SubmitPanelProps {
  targets: SubmitTarget[];
  targetId: string | undefined;
  onTarget: (sheetId: string) => void;
  /** The sheet that would be submitted, as last validated. */
  target: SheetReport | undefined;
  submission: Submission;
}

function figure(value: number | null | undefined): string {
  if (value === undefined) return "–";
  return value === null ? "not available" : value.toLocaleString();
}

function changeLine(change: FigureChange): string {
  return `${change.label}: ${figure(change.before)} → ${figure(change.after)}`;
}

/**
 * Sends one template sheet to the exchange: sign-in, justifications of its warnings, the diff
 * against the accepted version, what waits to be sent, and the receipt or the refusal.
 */
export function SubmitPanel({ targets, targetId, onTarget, target, submission }: SubmitPanelProps) {
  const styles = useStyles();
  const { busy, refusal, pendingDiff, notice, queued } = submission;
  const sheet = target?.sheet;
  const warnings =
    target?.kind === "template"
      ? warningsToJustify([...target.findings, ...submission.exchangeWarnings(target.sheet)])
      : [];
  const texts = sheet ? submission.textsFor(sheet) : {};
  const blockedBy = submitBlocker(
    target,
    submission.endpoint,
    submission.token,
    unjustifiedCount(warnings, texts)
  );
  const receipt = sheet ? latestReceipt(submission.records, sheet) : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!blockedBy && !busy && targetId && sheet) void submission.send(targetId, sheet);
  };

  const changes = pendingDiff
    ? [...pendingDiff.diff.changed, ...pendingDiff.diff.added, ...pendingDiff.diff.removed]
    : [];

  return (
    <form className={styles.form} onSubmit={submit} aria-label={TEXT.form}>
      {targets.length > 1 && (
        <Field label={TEXT.sheet}>
          <Select
            className={styles.fill}
            select={{ className: styles.select }}
            value={targetId ?? ""}
            onChange={(_, data) => onTarget(data.value)}
          >
            {targets.map((t) => (
              <option key={t.sheetId} value={t.sheetId}>
                {t.sheet}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {submission.remembered ? (
        <div className={styles.row}>
          <Text data-testid="signed-in">{TEXT.signedIn(submission.endpoint)}</Text>
          <Button size="small" onClick={() => void submission.signOut()}>
            {TEXT.signOut}
          </Button>
        </div>
      ) : (
        <>
          <Field label={TEXT.address}>
            <Input
              className={styles.fill}
              type="url"
              value={submission.endpoint}
              onChange={(_, data) => submission.setEndpoint(data.value)}
            />
          </Field>
          <Field
            label={TEXT.token}
            hint={submission.keeping === "encrypted" ? TEXT.encrypted : TEXT.session}
          >
            <Input
              className={styles.fill}
              type="password"
              autoComplete="off"
              value={submission.token}
              onChange={(_, data) => submission.setToken(data.value)}
            />
          </Field>
          {submission.token && (
            <div>
              <Button size="small" onClick={() => void submission.signOut()}>
                {TEXT.signOut}
              </Button>
            </div>
          )}
        </>
      )}
      {sheet && warnings.length > 0 && (
        <fieldset className={styles.group} data-testid="justifications">
          <legend>
            <Text weight="semibold">{TEXT.warnings}</Text>
          </legend>
          <Text size={200}>{TEXT.warningsHint}</Text>
          {warnings.map(({ id, finding }) => {
            const text = texts[id] ?? "";
            const problem = text ? justificationProblem(text) : undefined;
            return (
              <Field
                key={id}
                label={finding.address ? `${finding.address}: ${finding.message}` : finding.message}
                validationMessage={problem}
                validationState={problem ? "error" : "none"}
              >
                <Input
                  className={styles.fill}
                  value={text}
                  onChange={(_, data) => submission.setJustification(sheet, id, data.value)}
                  onBlur={() => submission.saveJustifications(sheet)}
                />
              </Field>
            );
          })}
        </fieldset>
      )}
      <div>
        <Button
          appearance="primary"
          type="submit"
          disabled={Boolean(blockedBy) || busy || Boolean(pendingDiff)}
          aria-describedby={blockedBy ? "submit-blocked" : undefined}
        >
          {busy ? TEXT.submitting : TEXT.submit}
        </Button>
      </div>
      {blockedBy && (
        <Text id="submit-blocked" size={200}>
          {blockedBy}
        </Text>
      )}
      {pendingDiff && (
        <MessageBar intent="warning" layout="multiline" data-testid="diff">
          <MessageBarBody>
            <MessageBarTitle>
              {diffSize(pendingDiff.diff) === 0
                ? TEXT.unchanged(pendingDiff.acceptedVersion)
                : TEXT.changed(diffSize(pendingDiff.diff), pendingDiff.acceptedVersion)}
            </MessageBarTitle>
            {changes.length > 0 && (
              <ul className={styles.list}>
                {changes.slice(0, SHOWN_CHANGES).map((c, i) => (
                  <li key={i}>{changeLine(c)}</li>
                ))}
                {changes.length > SHOWN_CHANGES && (
                  <li>{TEXT.more(changes.length - SHOWN_CHANGES)}</li>
                )}
              </ul>
            )}
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={() => void submission.confirm(pendingDiff)}>
              {TEXT.send}
            </Button>
            <Button onClick={submission.cancel}>{TEXT.cancel}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {queued.length > 0 && (
        <MessageBar intent="info" layout="multiline" data-testid="queued">
          <MessageBarBody>
            <MessageBarTitle>{TEXT.waiting}</MessageBarTitle>
            <ul className={styles.list}>
              {queued.map((q) => (
                <li key={q.idempotencyKey}>
                  {TEXT.waitingEntry(
                    q.sheet,
                    q.request.period,
                    new Date(q.queuedAt).toLocaleString()
                  )}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {notice && (
        <MessageBar intent="info" layout="multiline" data-testid="notice">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {refusal && (
        <MessageBar intent="error" layout="multiline" data-testid="refusal">
          <MessageBarBody>
            {refusal.message}
            {refusal.findings && refusal.findings.length > 0 && (
              <ul className={styles.list}>
                {refusal.findings.slice(0, 20).map((f, i) => (
                  <li key={i}>{f.message}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {receipt && <ReceiptView receipt={receipt} />}
    </form>
  );
}
