import {
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from "@fluentui/react-components";
import { Receipt } from "../core";

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  row: { display: "contents" },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, overflowWrap: "anywhere" },
  hash: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase100 },
});

/** The exchange's proof that it stored the data: what to quote when asking about a submission. */
export function ReceiptView({ receipt }: { receipt: Receipt }) {
  const styles = useStyles();
  const rows: [string, string, string?][] = [
    ["Submission id", receipt.submissionId],
    ["Version", String(receipt.version)],
    ["Received at", new Date(receipt.receivedAt).toLocaleString()],
    ["Observations", String(receipt.observations)],
    ["SHA-256", receipt.sha256, styles.hash],
  ];
  return (
    <MessageBar intent="success" layout="multiline" data-testid="receipt">
      <MessageBarBody>
        <MessageBarTitle>
          Submitted {receipt.templateId} for {receipt.country}, {receipt.period}
        </MessageBarTitle>
        <dl className={styles.list}>
          {rows.map(([term, value, extra]) => (
            <div key={term} className={styles.row}>
              <dt className={styles.term}>{term}</dt>
              <dd className={mergeClasses(styles.value, extra)}>{value}</dd>
            </div>
          ))}
        </dl>
      </MessageBarBody>
    </MessageBar>
  );
}
