import { makeStyles, Spinner } from "@fluentui/react-components";
import type { Activity } from "./use-workbook";

/** What the pane says it is doing, kept together so the words can move to the pane's catalogue. */
const TEXT: Record<NonNullable<Activity> | "submit", string> = {
  load: "Adding the sheets…",
  validate: "Checking every sheet…",
  addRow: "Adding the row…",
  migrate: "Moving the figures to the new version…",
  submit: "Checking the sheet and sending it…",
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
  const label = submitting ? TEXT.submit : activity && TEXT[activity];
  if (!label) return null;
  return (
    <div role="status" aria-live="polite" className={styles.late} data-testid="progress">
      <Spinner size="tiny" labelPosition="after" label={label} />
    </div>
  );
}
