import {
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from "@fluentui/react-components";
import { ReceiptRecord } from "../core";

const TEXT = {
  title: (r: ReceiptRecord) => `Submitted ${r.templateId} for ${r.country}, ${r.period}`,
  id: "Submission id",
  version: "Version",
  receivedAt: "Received at",
  observations: "Observations",
  status: "Status",
  reviewComment: "Reviewer's comment",
  sha256: "SHA-256",
  statuses: {
    received: "received, not yet checked",
    validated: "checked, waiting for review",
    accepted: "accepted",
    returned: "returned for correction",
  } as Record<string, string>,
};

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

/**
 * The exchange's proof that it stored the data, as recorded in the workbook: what to quote when
 * asking about a submission. A returned submission shows the reviewer's comment.
 */
export function ReceiptView({ receipt }: { receipt: ReceiptRecord }) {
  const styles = useStyles();
  const rows: [string, string, string?][] = [
    [TEXT.id, receipt.submissionId],
    [TEXT.version, String(receipt.version)],
    [TEXT.receivedAt, new Date(receipt.receivedAt).toLocaleString()],
    [TEXT.observations, String(receipt.observations)],
    [TEXT.status, TEXT.statuses[receipt.status] ?? receipt.status],
    ...(receipt.reviewComment
      ? [[TEXT.reviewComment, receipt.reviewComment] as [string, string]]
      : []),
    [TEXT.sha256, receipt.sha256, styles.hash],
  ];
  return (
    <MessageBar
      intent={receipt.status === "returned" ? "warning" : "success"}
      layout="multiline"
      data-testid="receipt"
    >
      <MessageBarBody>
        <MessageBarTitle>{TEXT.title(receipt)}</MessageBarTitle>
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
