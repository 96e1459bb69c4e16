import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useText } from "./i18n/LanguageContext";
import type { MigrationOutcome } from "./use-workbook";

interface MigrateButtonProps {
  version: string;
  busy: boolean;
  outcome?: MigrationOutcome;
  onMigrate: () => void;
}

/** Offered beside the finding that a sheet was made with an earlier template version. */
export function MigrateButton({ version, busy, outcome, onMigrate }: MigrateButtonProps) {
  const t = useText();
  return (
    <div>
      <Button size="small" appearance="primary" disabled={busy} onClick={onMigrate}>
        {busy ? t("migrate.busy") : t("migrate.button", { version })}
      </Button>
      {outcome?.kind === "refused" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {t("migrate.refused", { count: outcome.lost.length, version })}
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
