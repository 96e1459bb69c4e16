import { Field, makeStyles, Select, tokens } from "@fluentui/react-components";
import type { Finding, Severity } from "../core";
import { FindingFilter, ruleCounts } from "./finding-filter";

/** The filter's words, kept together so they can move to the pane's catalogue. */
const TEXT = {
  severity: "Show",
  allSeverities: "Errors and warnings",
  errors: "Errors only",
  warnings: "Warnings only",
  rule: "Rule",
  allRules: "All rules",
};

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
  const rules = ruleCounts(findings);
  return (
    <div className={styles.row} data-testid="findings-filter">
      <Field label={TEXT.severity} className={styles.field} size="small">
        <Select
          size="small"
          value={filter.severity ?? ""}
          onChange={(_, data) =>
            onFilter({ ...filter, severity: (data.value || undefined) as Severity | undefined })
          }
        >
          <option value="">{TEXT.allSeverities}</option>
          <option value="error">{TEXT.errors}</option>
          <option value="warning">{TEXT.warnings}</option>
        </Select>
      </Field>
      <Field label={TEXT.rule} className={styles.field} size="small">
        <Select
          size="small"
          value={filter.ruleId ?? ""}
          onChange={(_, data) => onFilter({ ...filter, ruleId: data.value || undefined })}
        >
          <option value="">{TEXT.allRules}</option>
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
