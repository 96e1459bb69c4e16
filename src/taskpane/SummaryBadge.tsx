import { Badge } from "@fluentui/react-components";
import { FindingSummary } from "../core";

interface SummaryBadgeProps {
  summary: FindingSummary;
  sheetCount: number;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The state of the workbook at a glance; announced to screen readers when it changes. */
export function SummaryBadge({ summary, sheetCount }: SummaryBadgeProps) {
  let badge;
  if (sheetCount === 0) {
    badge = (
      <Badge appearance="tint" color="informative">
        No template loaded
      </Badge>
    );
  } else if (summary.errors > 0) {
    badge = (
      <Badge appearance="filled" color="danger">
        {plural(summary.errors, "error")}
      </Badge>
    );
  } else {
    badge = (
      <Badge appearance="filled" color="success">
        Ready to submit
      </Badge>
    );
  }
  return (
    <div role="status" aria-live="polite" data-testid="summary">
      {badge}{" "}
      {sheetCount > 0 && summary.warnings > 0 && (
        <Badge appearance="tint" color="warning">
          {plural(summary.warnings, "warning")}
        </Badge>
      )}
    </div>
  );
}
