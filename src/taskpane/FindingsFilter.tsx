import { Field, makeStyles, Select, tokens } from "@fluentui/react-components";
import type { Finding, Severity } from "../core";
import { FindingFilter, ruleCounts } from "./finding-filter";
import { useText } from "./i18n/LanguageContext";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  field: { flexGrow: 1, minWidth: "140px" },
});

interface FindingsFilterProps {
  findings: Finding[];
  filter: FindingFilter;
  onFilter: (filter: FindingFilter) => void;
}

/** Narrows the findings list by severity and by rule; both are native selects, for the keyboard. */
export function FindingsFilter({ findings, filter, onFilter }: FindingsFilterProps) {
  const styles = useStyles();
  const t = useText();
  const rules = ruleCounts(findings);
  return (
    <div className={styles.row} data-testid="findings-filter">
      <Field label={t("filter.show")} className={styles.field} size="small">
        <Select
          size="small"
          value={filter.severity ?? ""}
          onChange={(_, data) =>
            onFilter({ ...filter, severity: (data.value || undefined) as Severity | undefined })
          }
        >
          <option value="">{t("filter.allSeverities")}</option>
          <option value="error">{t("filter.errors")}</option>
          <option value="warning">{t("filter.warnings")}</option>
        </Select>
      </Field>
      <Field label={t("filter.rule")} className={styles.field} size="small">
        <Select
          size="small"
          value={filter.ruleId ?? ""}
          onChange={(_, data) => onFilter({ ...filter, ruleId: data.value || undefined })}
        >
          <option value="">{t("filter.allRules")}</option>
          {rules.map(({ ruleId, count }) => (
            <option key={ruleId} value={ruleId}>
              {ruleId} ({count})
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
