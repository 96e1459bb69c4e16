import { Field, Input, Link, makeStyles, Text, tokens } from "@fluentui/react-components";
import { Finding, render } from "../core";
import { HistoryChart } from "./HistoryChart";
import { useLanguage, useText } from "./i18n/LanguageContext";
import type { HistorySource } from "./sheet-history";
import { JustificationTexts, justificationProblem, WarningToJustify } from "./warnings";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0 },
  warning: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  fill: { width: "100%", minWidth: 0 },
});

interface JustificationListProps {
  warnings: WarningToJustify[];
  texts: JustificationTexts;
  /** The sheet's period, normalised: the chart's last point. */
  period: string;
  /** Where the history of the pane's own plausibility warnings came from, when it found any. */
  source: HistorySource | undefined;
  onText: (id: string, text: string) => void;
  onLeave: () => void;
  /** Selects a warning's cell in Excel. */
  onGo?: (address: string) => void;
}

/** A finding's sentence in the pane's language; the exchange's own words if it has no id. */
function messageOf(finding: Finding, language: string): string {
  if (!finding.messageId) return finding.message;
  try {
    return render(finding.messageId, finding.params ?? {}, language);
  } catch {
    return finding.message;
  }
}

/**
 * The warnings a sheet's figures must be justified for, each with its text box, a link to its
 * cell and, for a figure far outside its history, the history as a chart with its text
 * alternative: the official sees why the figure was flagged right where they explain it.
 */
export function JustificationList(props: JustificationListProps) {
  const { warnings, texts, period, source, onText, onLeave, onGo } = props;
  const styles = useStyles();
  const t = useText();
  const language = useLanguage();
  return (
    <fieldset className={styles.group} data-testid="justifications">
      <legend>
        <Text weight="semibold">{t("submit.warnings")}</Text>
      </legend>
      <Text size={200}>{t("submit.warningsHint")}</Text>
      {source && (
        <Text size={200} data-testid="history-source">
          {t(source === "exchange" ? "submit.historyExchange" : "submit.historyWorkbook")}
        </Text>
      )}
      {warnings.map(({ id, finding }) => {
        const text = texts[id] ?? "";
        const problem = text ? justificationProblem(text, t) : undefined;
        const message = messageOf(finding, language);
        const { address, history, actual } = finding;
        return (
          <div key={id} className={styles.warning} data-testid="warning-to-justify">
            <Field
              label={address ? `${address}: ${message}` : message}
              validationMessage={problem}
              validationState={problem ? "error" : "none"}
            >
              <Input
                className={styles.fill}
                value={text}
                onChange={(_, data) => onText(id, data.value)}
                onBlur={onLeave}
              />
            </Field>
            {address && onGo && (
              <div>
                <Link as="button" type="button" onClick={() => onGo(address)}>
                  {t("submit.goTo", { cell: address })}
                </Link>
              </div>
            )}
            {history && typeof actual === "number" && (
              <HistoryChart
                cell={address ?? message}
                points={history.points}
                band={{ low: history.low, high: history.high }}
                current={{ period, value: actual }}
              />
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
