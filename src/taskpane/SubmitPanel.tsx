import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  tokens,
} from "@fluentui/react-components";
import { FormEvent } from "react";
import { Finding, Receipt } from "../core";
import { ReceiptView } from "./ReceiptView";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  refusals: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  fill: { width: "100%", minWidth: 0 },
  select: { width: "100%", minWidth: 0, textOverflow: "ellipsis" },
});

export interface Refusal {
  message: string;
  findings?: Finding[];
}

export interface SubmitTarget {
  sheetId: string;
  sheet: string;
}

interface SubmitPanelProps {
  targets: SubmitTarget[];
  targetId: string | undefined;
  onTarget: (sheetId: string) => void;
  endpoint: string;
  onEndpoint: (value: string) => void;
  token: string;
  onToken: (value: string) => void;
  /** Why Submit is disabled, in a sentence; undefined when it may be pressed. */
  blockedBy: string | undefined;
  busy: boolean;
  onSubmit: () => void;
  receipt?: Receipt;
  refusal?: Refusal;
}

/** Sends one template sheet to the exchange and shows its receipt or its refusal. */
export function SubmitPanel(props: SubmitPanelProps) {
  const styles = useStyles();
  const { targets, targetId, receipt, refusal, blockedBy, busy } = props;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!blockedBy && !busy) props.onSubmit();
  };

  return (
    <form className={styles.form} onSubmit={submit} aria-label="Submit to the exchange">
      {targets.length > 1 && (
        <Field label="Sheet to submit">
          <Select
            className={styles.fill}
            select={{ className: styles.select }}
            value={targetId ?? ""}
            onChange={(_, data) => props.onTarget(data.value)}
          >
            {targets.map((t) => (
              <option key={t.sheetId} value={t.sheetId}>
                {t.sheet}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field label="Exchange address">
        <Input
          className={styles.fill}
          type="url"
          value={props.endpoint}
          onChange={(_, data) => props.onEndpoint(data.value)}
        />
      </Field>
      <Field
        label="Access token"
        hint="Kept only while this pane is open; never saved in the file."
      >
        <Input
          className={styles.fill}
          type="password"
          autoComplete="off"
          value={props.token}
          onChange={(_, data) => props.onToken(data.value)}
        />
      </Field>
      <div>
        <Button
          appearance="primary"
          type="submit"
          disabled={Boolean(blockedBy) || busy}
          aria-describedby={blockedBy ? "submit-blocked" : undefined}
        >
          {busy ? "Submitting…" : "Submit"}
        </Button>
      </div>
      {blockedBy && (
        <Text id="submit-blocked" size={200}>
          {blockedBy}
        </Text>
      )}
      {refusal && (
        <MessageBar intent="error" layout="multiline" data-testid="refusal">
          <MessageBarBody>
            {refusal.message}
            {refusal.findings && refusal.findings.length > 0 && (
              <ul className={styles.refusals}>
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
