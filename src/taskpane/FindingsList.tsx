import {
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  shorthands,
  Text,
  tokens,
} from "@fluentui/react-components";
import { Finding, findTemplate, isEarlierVersion, render, Severity, summarise } from "../core";
import type { SelectedCell, SheetReport } from "../excel";
import { useState } from "react";
import { currentFilter, FindingFilter, findingsAt, matchesFilter } from "./finding-filter";
import { findingHint } from "./finding-hints";
import { FindingsFilter } from "./FindingsFilter";
import { MigrateButton } from "./MigrateButton";
import { useText } from "./i18n/LanguageContext";
import type { Text as PaneText } from "./i18n/pane-text";
import { findingsOf } from "./reports";
import type { MigrationOutcome } from "./use-workbook";

/** Enough to work through; the rest appear as these are fixed. */
const SHOWN_PER_GROUP = 100;

const useStyles = makeStyles({
  sheet: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300 },
  group: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  item: {
    display: "block",
    width: "100%",
    textAlign: "left",
    cursor: "pointer",
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase200,
    ...shorthands.border("1px", "solid", "transparent"),
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { ...shorthands.outline("2px", "solid", tokens.colorStrokeFocus2) },
  },
  current: { ...shorthands.borderColor(tokens.colorBrandStroke1) },
  hint: {
    display: "block",
    marginTop: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground2,
  },
  address: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
  error: { borderLeft: `3px solid ${tokens.colorPaletteRedBorder2}` },
  warning: { borderLeft: `3px solid ${tokens.colorPaletteYellowBorder2}` },
});

interface FindingsListProps {
  reports: SheetReport[];
  language: string;
  selected?: SelectedCell;
  onGo: (sheetId: string, address: string) => void;
  migrating?: boolean;
  migration?: MigrationOutcome;
  onMigrate?: (sheetId: string) => void;
}

/**
 * The current version a sheet can be migrated to: only when it was read with a known earlier
 * version, since an unknown one gives no layout to move its figures from.
 */
function migrationTarget(report: SheetReport): string | undefined {
  if (report.kind !== "template" || !isEarlierVersion(report.data.template)) return undefined;
  return findTemplate(report.data.template.id)?.version;
}

function sheetHeading(report: SheetReport, t: PaneText): string {
  if (report.kind !== "template") return report.sheet;
  const { errors, warnings } = summarise(report.findings);
  if (errors + warnings === 0) return t("findings.noProblems", { sheet: report.sheet });
  return t("findings.heading", {
    sheet: report.sheet,
    errors: t("findings.errorCount", { count: errors }),
    warnings: t("findings.warningCount", { count: warnings }),
  });
}

/** Every finding of every template sheet, by sheet and severity; each one leads to its cell. */
export function FindingsList({
  reports,
  language,
  selected,
  onGo,
  migrating = false,
  migration,
  onMigrate,
}: FindingsListProps) {
  const styles = useStyles();
  const t = useText();
  const [chosen, setFilter] = useState<FindingFilter>({});
  if (reports.length === 0) return null;
  const all = reports.flatMap(findingsOf);
  const filter = currentFilter(chosen, all);
  const selectedReport = reports.find((r) => r.sheetId === selected?.sheetId);
  const atSelection = findingsAt(findingsOf(selectedReport), selected?.address);
  return (
    <div role="region" aria-label={t("findings.region")} className={styles.sheet}>
      <SelectedFinding
        sheet={selectedReport?.sheet}
        address={selected?.address}
        findings={atSelection}
        language={language}
      />
      {all.length > 0 && <FindingsFilter findings={all} filter={filter} onFilter={setFilter} />}
      {all.length > 0 && !all.some((f) => matchesFilter(f, filter)) && (
        <Text size={200}>{t("findings.noneShown")}</Text>
      )}
      {reports.map((report) => {
        const findings = findingsOf(report).filter((f) => matchesFilter(f, filter));
        const target = onMigrate && migrationTarget(report);
        return (
          <section
            key={report.sheetId}
            className={styles.sheet}
            aria-label={t("findings.sheet", { sheet: report.sheet })}
          >
            <h3 className={styles.heading}>{sheetHeading(report, t)}</h3>
            {target && (
              <MigrateButton
                version={target}
                busy={migrating}
                outcome={migration?.sheetId === report.sheetId ? migration : undefined}
                onMigrate={() => onMigrate!(report.sheetId)}
              />
            )}
            {report.kind === "unreadable" && (
              <MessageBar intent="error">
                <MessageBarBody>{report.message}</MessageBarBody>
              </MessageBar>
            )}
            {(["error", "warning"] as Severity[]).map((severity) => (
              <FindingGroup
                key={severity}
                severity={severity}
                findings={findings.filter((f) => f.severity === severity)}
                language={language}
                sheetId={report.sheetId}
                selected={selected?.sheetId === report.sheetId ? selected.address : undefined}
                onGo={onGo}
              />
            ))}
          </section>
        );
      })}
    </div>
  );
}

interface SelectedFindingProps {
  sheet?: string;
  address?: string;
  findings: Finding[];
  language: string;
}

/** What is wrong with the cell the user has selected in Excel, if anything. */
function SelectedFinding({ sheet, address, findings, language }: SelectedFindingProps) {
  const t = useText();
  return (
    <div role="status" aria-live="polite" data-testid="selected-finding">
      {sheet && address && findings.length > 0 && (
        <MessageBar intent={findings.some((f) => f.severity === "error") ? "error" : "warning"}>
          <MessageBarBody>
            <MessageBarTitle>{t("findings.selectedCell", { sheet, address })}</MessageBarTitle>
            {findings.map((f, i) => (
              <div key={`${f.ruleId}-${i}`}>{render(f.messageId, f.params, language)}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

interface FindingGroupProps {
  severity: Severity;
  findings: Finding[];
  language: string;
  sheetId: string;
  selected?: string;
  onGo: (sheetId: string, address: string) => void;
}

function FindingGroup({
  severity,
  findings,
  language,
  sheetId,
  selected,
  onGo,
}: FindingGroupProps) {
  const styles = useStyles();
  const t = useText();
  if (findings.length === 0) return null;
  const title = severity === "error" ? "findings.errorGroup" : "findings.warningGroup";
  const hidden = findings.length - SHOWN_PER_GROUP;
  return (
    <>
      <h4 className={styles.group}>{t(title, { count: findings.length })}</h4>
      <ul className={styles.list}>
        {findings.slice(0, SHOWN_PER_GROUP).map((finding, i) => (
          <li key={`${finding.ruleId}-${finding.address ?? ""}-${i}`}>
            <FindingItem
              finding={finding}
              text={render(finding.messageId, finding.params, language)}
              current={finding.address !== undefined && finding.address === selected}
              onGo={finding.address ? () => onGo(sheetId, finding.address!) : undefined}
            />
          </li>
        ))}
      </ul>
      {hidden > 0 && <Text size={200}>{t("findings.more", { count: hidden })}</Text>}
    </>
  );
}

interface FindingItemProps {
  finding: Finding;
  text: string;
  current: boolean;
  onGo?: () => void;
}

function FindingItem({ finding, text, current, onGo }: FindingItemProps) {
  const styles = useStyles();
  const t = useText();
  const classes = mergeClasses(styles.item, styles[finding.severity], current && styles.current);
  // Most messages start with their cell already; the others get it in front.
  const hint = findingHint(finding);
  const showAddress = finding.address !== undefined && !text.startsWith(finding.address);
  const body = (
    <>
      {showAddress && <span className={styles.address}>{finding.address}</span>}
      {text}
      {hint && <span className={styles.hint}>{hint}</span>}
    </>
  );
  if (!onGo) return <div className={classes}>{body}</div>;
  return (
    <button
      type="button"
      className={classes}
      aria-current={current ? "true" : undefined}
      title={t("findings.goTo", { address: finding.address ?? "" })}
      onClick={onGo}
    >
      {body}
    </button>
  );
}
