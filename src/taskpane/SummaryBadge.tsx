import { Badge } from "@fluentui/react-components";
import { FindingSummary } from "../core";
import { useText } from "./i18n/LanguageContext";

interface SummaryBadgeProps {
  summary: FindingSummary;
  sheetCount: number;
}

/** The state of the workbook at a glance; announced to screen readers when it changes. */
export function SummaryBadge({ summary, sheetCount }: SummaryBadgeProps) {
  const t = useText();
  let badge;
  if (sheetCount === 0) {
    badge = (
      <Badge appearance="tint" color="informative">
        {t("summary.noTemplate")}
      </Badge>
    );
  } else if (summary.errors > 0) {
    badge = (
      <Badge appearance="filled" color="danger">
        {t("findings.errorCount", { count: summary.errors })}
      </Badge>
    );
  } else {
    badge = (
      <Badge appearance="filled" color="success">
        {t("summary.ready")}
      </Badge>
    );
  }
  return (
    <div role="status" aria-live="polite" data-testid="summary">
      {badge}{" "}
      {sheetCount > 0 && summary.warnings > 0 && (
        <Badge appearance="tint" color="warning">
          {t("findings.warningCount", { count: summary.warnings })}
        </Badge>
      )}
    </div>
  );
}
