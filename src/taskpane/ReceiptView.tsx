import {
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from "@fluentui/react-components";
import { ReceiptRecord } from "../core";
import { formatNumber } from "../core/i18n";
import { dateTime } from "./date-time";
import { useLanguage, useText } from "./i18n/LanguageContext";
import type { PaneKey } from "./i18n/pane-text";

/** The words for each review status; an unknown one is shown as the exchange wrote it. */
const STATUS_KEYS: Record<string, PaneKey> = {
  received: "receipt.received",
  validated: "receipt.validated",
  accepted: "receipt.accepted",
  returned: "receipt.returned",
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
  const t = useText();
  const language = useLanguage();
  const status = STATUS_KEYS[receipt.status];
  const rows: [string, string, string?][] = [
    [t("receipt.id"), receipt.submissionId],
    [t("receipt.version"), String(receipt.version)],
    [t("receipt.receivedAt"), dateTime(language, receipt.receivedAt)],
    [t("receipt.observations"), formatNumber(language, receipt.observations)],
    [t("receipt.status"), status ? t(status) : receipt.status],
    ...(receipt.reviewComment
      ? [[t("receipt.reviewComment"), receipt.reviewComment] as [string, string]]
      : []),
    [t("receipt.sha256"), receipt.sha256, styles.hash],
  ];
  return (
    <MessageBar
      intent={receipt.status === "returned" ? "warning" : "success"}
      layout="multiline"
      data-testid="receipt"
    >
      <MessageBarBody>
        <MessageBarTitle>
          {t("receipt.title", {
            template: receipt.templateId,
            country: receipt.country,
            period: receipt.period,
          })}
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
