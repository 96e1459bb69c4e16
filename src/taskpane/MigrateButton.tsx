import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { MigrationOutcome } from "./use-workbook";

interface MigrateButtonProps {
  version: string;
  busy: boolean;
  outcome?: MigrationOutcome;
  onMigrate: () => void;
}

/** Offered beside the finding that a sheet was made with an earlier template version. */
export function MigrateButton({ version, busy, outcome, onMigrate }: MigrateButtonProps) {
  return (
    <div>
      <Button size="small" appearance="primary" disabled={busy} onClick={onMigrate}>
        {busy ? "Migrating…" : `Migrate to version ${version}`}
      </Button>
      {outcome?.kind === "refused" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            Not migrated: {outcome.lost.length} figures have no cell in version {version}. Move them
            by hand or clear them, then try again.
            <ul>
              {outcome.lost.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
