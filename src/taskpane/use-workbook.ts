import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Language } from "../core/i18n";
import type { SelectedCell, SheetReport, WorkbookPort } from "../excel";
import type { CatalogueChoice } from "./catalogue";
import { useLanguage, useText } from "./i18n/LanguageContext";
import { applyUpdate, packageChecker, ReportMap } from "./reports";
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
  /** The language of the new sheets' titles and labels (the pane's, as the user chose it). */
  language?: Language;
}

/**
 * The pane's view of the workbook: validated on open, kept current by the change watcher, and
 * re-read in full on "Validate now". Failures become a sentence in `problem`. The findings between
 * the package's sheets are added to each sheet's own, and checked again when a sheet's data changes.
 */
export function useWorkbook(workbook: WorkbookPort) {
  const [reportMap, setReports] = useState<ReportMap>(new Map());
  const [selected, setSelected] = useState<SelectedCell>();
  const [problem, setProblem] = useState<string>();
  const [activity, setActivity] = useState<Activity>();
  const [lastLoaded, setLastLoaded] = useState<string>();
  const [migration, setMigration] = useState<MigrationOutcome>();
  const language = useLanguage();
  const t = useText();
  const checkPackage = useMemo(packageChecker, []);
  const reports = useMemo(() => checkPackage([...reportMap.values()]), [checkPackage, reportMap]);
  const latest = useRef(reportMap);
  latest.current = reportMap;

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
    ({ choice, country, period, language }: LoadRequest) =>
      act("load", async () => {
        const loaded =
          choice.kind === "package"
            ? await workbook.loadPackage({ packageId: choice.id, country, period, language })
            : [await workbook.loadTemplate({ templateId: choice.id, country, period, language })];
        merge(loaded, false);
        setLastLoaded(loaded.find((r) => r.kind === "template")?.sheetId);
      }),
    [act, workbook, merge]
  );

  const addRow = useCallback(
    (sheetId: string, code: string) =>
      act("addRow", async () => merge([await workbook.addRow(sheetId, code, language)], false)),
    [act, workbook, merge, language]
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
        const message = t("findings.migrated", { count: result.moved, version: result.version });
        setMigration({ kind: "migrated", sheetId, message });
      }),
    [act, workbook, merge, t]
  );

  const go = useCallback(
    (sheetId: string, address: string) => {
      workbook.selectCell(sheetId, address).catch(fail);
    },
    [workbook, fail]
  );

  /**
   * Re-reads one sheet (before submitting) and returns its fresh report, with the findings
   * between it and the other sheets as they are now.
   */
  const reread = useCallback(
    async (sheetId: string) => {
      const report = await workbook.readSheet(sheetId);
      merge([report], false);
      const all = applyUpdate(latest.current, { reports: [report], complete: false });
      return checkPackage([...all.values()]).find((r) => r.sheetId === sheetId) ?? report;
    },
    [workbook, merge, checkPackage]
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
