import { useCallback, useEffect, useMemo, useState } from "react";
import type { SelectedCell, SheetReport, WorkbookPort } from "../excel";
import type { CatalogueChoice } from "./catalogue";
import { applyUpdate, ReportMap } from "./reports";
import { useCoverStatus } from "./use-cover-status";

export type Activity = "load" | "validate" | "addRow" | "migrate" | undefined;

/** What the last migration did, shown beside the sheet it was asked for. */
export type MigrationOutcome =
  | { kind: "migrated"; sheetId: string; message: string }
  | { kind: "refused"; sheetId: string; lost: string[] };

export interface LoadRequest {
  choice: CatalogueChoice;
  country: string;
  /** In the SDMX form of the chosen template's or package's frequency. */
  period: string;
}

/**
 * The pane's view of the workbook: validated on open, kept current by the change watcher, and
 * re-read in full on "Validate now". Failures become a sentence in `problem`.
 */
export function useWorkbook(workbook: WorkbookPort) {
  const [reportMap, setReports] = useState<ReportMap>(new Map());
  const [selected, setSelected] = useState<SelectedCell>();
  const [problem, setProblem] = useState<string>();
  const [activity, setActivity] = useState<Activity>();
  const [lastLoaded, setLastLoaded] = useState<string>();
  const [migration, setMigration] = useState<MigrationOutcome>();
  const reports = useMemo(() => [...reportMap.values()], [reportMap]);

  const fail = useCallback((error: unknown) => setProblem((error as Error).message), []);
  const merge = useCallback(
    (list: SheetReport[], complete: boolean) =>
      setReports((current) => applyUpdate(current, { reports: list, complete })),
    []
  );
  useCoverStatus(workbook, reports, merge, fail);

  /** Runs one user action: shows it as busy, and its failure as the pane's problem. */
  const act = useCallback(
    async (kind: Activity, action: () => Promise<void>) => {
      setActivity(kind);
      try {
        await action();
        setProblem(undefined);
      } catch (error) {
        fail(error);
      } finally {
        setActivity(undefined);
      }
    },
    [fail]
  );

  const validateNow = useCallback(
    () => act("validate", async () => merge(await workbook.readAll(), true)),
    [act, workbook, merge]
  );

  useEffect(() => {
    const unsubscribe = workbook.watch({
      onUpdate: (update) => merge(update.reports, update.complete),
      onSelect: setSelected,
      onError: fail,
    });
    void validateNow();
    return unsubscribe;
  }, [workbook, merge, fail, validateNow]);

  const load = useCallback(
    ({ choice, country, period }: LoadRequest) =>
      act("load", async () => {
        const loaded =
          choice.kind === "package"
            ? await workbook.loadPackage({ packageId: choice.id, country, period })
            : [await workbook.loadTemplate({ templateId: choice.id, country, period })];
        merge(loaded, false);
        setLastLoaded(loaded.find((r) => r.kind === "template")?.sheetId);
      }),
    [act, workbook, merge]
  );

  const addRow = useCallback(
    (sheetId: string, code: string) =>
      act("addRow", async () => merge([await workbook.addRow(sheetId, code)], false)),
    [act, workbook, merge]
  );

  const migrate = useCallback(
    (sheetId: string) =>
      act("migrate", async () => {
        const result = await workbook.migrateSheet(sheetId);
        if (result.kind === "refused") {
          setMigration({ kind: "refused", sheetId, lost: result.lost });
          return;
        }
        merge(result.reports, true);
        const message = `Moved ${result.moved} figures to version ${result.version}.`;
        setMigration({ kind: "migrated", sheetId, message });
      }),
    [act, workbook, merge]
  );

  const go = useCallback(
    (sheetId: string, address: string) => {
      workbook.selectCell(sheetId, address).catch(fail);
    },
    [workbook, fail]
  );

  /** Re-reads one sheet (before submitting) and returns its fresh report. */
  const reread = useCallback(
    async (sheetId: string) => {
      const report = await workbook.readSheet(sheetId);
      merge([report], false);
      return report;
    },
    [workbook, merge]
  );

  return {
    reports,
    selected,
    problem,
    dismissProblem: () => setProblem(undefined),
    activity,
    lastLoaded,
    validateNow,
    load,
    addRow,
    migration,
    migrate,
    go,
    reread,
  };
}
