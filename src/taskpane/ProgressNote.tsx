import { makeStyles, Spinner } from "@fluentui/react-components";
import { useText } from "./i18n/LanguageContext";
import type { PaneKey } from "./i18n/pane-text";
import type { Activity } from "./use-workbook";

/** What the pane says it is doing, by activity. */
const SAYING: Record<NonNullable<Activity> | "submit", PaneKey> = {
  load: "progress.load",
  validate: "progress.validate",
  addRow: "progress.addRow",
  migrate: "progress.migrate",
  submit: "progress.submit",
};

const useStyles = makeStyles({
  // Shown only once the work has lasted half a second: a CSS delay rather than a timer, so short
  // work never flickers a spinner and tests see the same element whatever the machine's speed.
  late: {
    animationName: { from: { opacity: 0 }, to: { opacity: 1 } },
    animationDuration: "1ms",
    animationDelay: "500ms",
    animationFillMode: "both",
  },
});

interface ProgressNoteProps {
  activity: Activity;
  submitting: boolean;
}

/** A spinner with a sentence, for any work that may take more than half a second. */
export function ProgressNote({ activity, submitting }: ProgressNoteProps) {
  const styles = useStyles();
  const t = useText();
  const key = submitting ? SAYING.submit : activity && SAYING[activity];
  const label = key && t(key);
  if (!label) return null;
  return (
    <div role="status" aria-live="polite" className={styles.late} data-testid="progress">
      <Spinner size="tiny" labelPosition="after" label={label} />
    </div>
  );
}
