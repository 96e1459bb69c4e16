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
import { FormEvent, useEffect } from "react";
import { diffSize, FigureChange, latestReceipt, normalisePeriod } from "../core";
import { formatNumber, Language } from "../core/i18n";
import type { SheetReport } from "../excel";
import { dateTime } from "./date-time";
import { useLanguage, useText } from "./i18n/LanguageContext";
import type { Text as PaneText } from "./i18n/pane-text";
import { JustificationList } from "./JustificationList";
import { ReceiptView } from "./ReceiptView";
import { submitBlocker } from "./submit-blocker";
import type { Submission } from "./use-submission";
import { unjustifiedCount, warningsToJustify } from "./warnings";

export type { Refusal } from "./submission-flow";

const SHOWN_CHANGES = 12;

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  fill: { width: "100%", minWidth: 0 },
  select: { width: "100%", minWidth: 0, textOverflow: "ellipsis" },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export interface SubmitTarget {
  sheetId: string;
  sheet: string;
}

interface SubmitPanelProps {
  /** The workbook's template sheets; earlier ones are the history when the exchange is away. */
  targets: SheetReport[];
  targetId: string | undefined;
  onTarget: (sheetId: string) => void;
  /** The sheet that would be submitted, as last validated. */
  target: SheetReport | undefined;
  submission: Submission;
  /** Selects a cell in Excel, for the address of a warning to justify. */
  onGo?: (sheetId: string, address: string) => void;
}

function changeLine(change: FigureChange, t: PaneText, language: Language): string {
  const figure = (value: number | null | undefined) => {
    if (value === undefined) return "–";
    return value === null ? t("submit.notAvailable") : formatNumber(language, value);
  };
  return `${change.label}: ${figure(change.before)} → ${figure(change.after)}`;
}

/**
 * Sends one template sheet to the exchange: sign-in, justifications of its warnings, the diff
 * against the accepted version, what waits to be sent, and the receipt or the refusal.
 */
export function SubmitPanel(props: SubmitPanelProps) {
  const { targets, targetId, onTarget, target, submission, onGo } = props;
  const styles = useStyles();
  const t = useText();
  const language = useLanguage();
  const { busy, refusal, pendingDiff, notice, queued, checkHistory } = submission;
  const sheet = target?.sheet;

  // The sheet's plausibility against its history, again whenever it or the sign-in changes.
  useEffect(() => {
    if (target?.kind === "template") checkHistory(target, targets);
  });

  const unusual = sheet ? submission.historyWarnings(sheet) : [];
  const warnings =
    target?.kind === "template"
      ? warningsToJustify([
          ...target.findings,
          ...unusual,
          ...submission.exchangeWarnings(target.sheet),
        ])
      : [];
  const texts = sheet ? submission.textsFor(sheet) : {};
  const blockedBy = submitBlocker(
    target,
    submission.endpoint,
    submission.token,
    unjustifiedCount(warnings, texts),
    t
  );
  const period =
    target?.kind === "template"
      ? (normalisePeriod(target.data.period, target.data.template.frequency) ?? target.data.period)
      : "";
  const receipt = sheet ? latestReceipt(submission.records, sheet) : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!blockedBy && !busy && targetId && sheet) void submission.send(targetId, sheet);
  };

  const changes = pendingDiff
    ? [...pendingDiff.diff.changed, ...pendingDiff.diff.added, ...pendingDiff.diff.removed]
    : [];

  return (
    <form className={styles.form} onSubmit={submit} aria-label={t("submit.form")}>
      {targets.length > 1 && (
        <Field label={t("submit.sheet")}>
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
          <Text data-testid="signed-in">
            {t("signIn.signedIn", { endpoint: submission.endpoint })}
          </Text>
          <Button size="small" onClick={() => void submission.signOut()}>
            {t("signIn.signOut")}
          </Button>
        </div>
      ) : (
        <>
          <Field label={t("signIn.address")}>
            <Input
              className={styles.fill}
              type="url"
              value={submission.endpoint}
              onChange={(_, data) => submission.setEndpoint(data.value)}
            />
          </Field>
          <Field
            label={t("signIn.token")}
            hint={t(submission.keeping === "encrypted" ? "signIn.encrypted" : "signIn.session")}
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
                {t("signIn.signOut")}
              </Button>
            </div>
          )}
        </>
      )}
      {sheet && warnings.length > 0 && (
        <JustificationList
          warnings={warnings}
          texts={texts}
          period={period}
          source={unusual.length > 0 ? submission.historySource(sheet) : undefined}
          onText={(id, text) => submission.setJustification(sheet, id, text)}
          onLeave={() => submission.saveJustifications(sheet)}
          onGo={onGo && targetId ? (address) => onGo(targetId, address) : undefined}
        />
      )}
      <div>
        <Button
          appearance="primary"
          type="submit"
          disabled={Boolean(blockedBy) || busy || Boolean(pendingDiff)}
          aria-describedby={blockedBy ? "submit-blocked" : undefined}
        >
          {busy ? t("submit.submitting") : t("submit.submit")}
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
                ? t("submit.unchanged", { version: pendingDiff.acceptedVersion })
                : t("submit.changed", {
                    count: diffSize(pendingDiff.diff),
                    version: pendingDiff.acceptedVersion,
                  })}
            </MessageBarTitle>
            {changes.length > 0 && (
              <ul className={styles.list}>
                {changes.slice(0, SHOWN_CHANGES).map((c, i) => (
                  <li key={i}>{changeLine(c, t, language)}</li>
                ))}
                {changes.length > SHOWN_CHANGES && (
                  <li>{t("submit.more", { count: changes.length - SHOWN_CHANGES })}</li>
                )}
              </ul>
            )}
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={() => void submission.confirm(pendingDiff)}>
              {t("submit.send")}
            </Button>
            <Button onClick={submission.cancel}>{t("submit.cancel")}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {queued.length > 0 && (
        <MessageBar intent="info" layout="multiline" data-testid="queued">
          <MessageBarBody>
            <MessageBarTitle>{t("queue.waiting")}</MessageBarTitle>
            <ul className={styles.list}>
              {queued.map((q) => (
                <li key={q.idempotencyKey}>
                  {t("queue.entry", {
                    sheet: q.sheet,
                    period: q.request.period,
                    since: dateTime(language, q.queuedAt),
                  })}
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
