import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Language } from "../core/i18n";
import type { SelectedCell, SheetReport, WorkbookPort } from "../excel";
import type { CatalogueChoice } from "./catalogue";
import { useLanguage, useText } from "./i18n/LanguageContext";
import { applyUpdate, ReportMap } from "./reports";

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

/** What the hook needs from the engine (see engine.ts): the workbook, and the package's rules. */
export interface WorkbookEngine {
  workbook: WorkbookPort;
  /** A checker of the rules between a package's sheets, that remembers its last answer. */
  packageChecker: () => (reports: SheetReport[]) => SheetReport[];
}

const UNCHECKED = (reports: SheetReport[]) => reports;

/**
 * The pane's view of the workbook: validated on open, kept current by the change watcher, and
 * re-read in full on "Validate now". Failures become a sentence in `problem`. The findings between
 * the package's sheets are added to each sheet's own, and checked again when a sheet's data changes.
 * Until the engine has arrived the workbook is not read and loading waits; the first screen
 * (choosing a template, a country and a period) works meanwhile.
 */
export function useWorkbook(engine: WorkbookEngine | undefined) {
  const workbook = engine?.workbook;
  const [reportMap, setReports] = useState<ReportMap>(new Map());
  const [selected, setSelected] = useState<SelectedCell>();
  const [problem, setProblem] = useState<string>();
  const [activity, setActivity] = useState<Activity>();
  const [lastLoaded, setLastLoaded] = useState<string>();
  const [migration, setMigration] = useState<MigrationOutcome>();
  const language = useLanguage();
  const t = useText();
  const checkPackage = useMemo(() => engine?.packageChecker() ?? UNCHECKED, [engine]);
  const reports = useMemo(() => checkPackage([...reportMap.values()]), [checkPackage, reportMap]);
  const latest = useRef(reportMap);
  latest.current = reportMap;

  const fail = useCallback((error: unknown) => setProblem((error as Error).message), []);
  const merge = useCallback(
    (list: SheetReport[], complete: boolean) =>
      setReports((current) => applyUpdate(current, { reports: list, complete })),
    []
  );
  /** The workbook, for actions the pane offers only once the engine is there. */
  const text = useRef(t);
  text.current = t;
  const port = useCallback((): WorkbookPort => {
    if (!workbook) throw new Error(text.current("app.preparing"));
    return workbook;
  }, [workbook]);

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
    () => act("validate", async () => merge(await port().readAll(), true)),
    [act, port, merge]
  );

  useEffect(() => {
    if (!workbook) return;
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
            ? await port().loadPackage({ packageId: choice.id, country, period, language })
            : [await port().loadTemplate({ templateId: choice.id, country, period, language })];
        merge(loaded, false);
        setLastLoaded(loaded.find((r) => r.kind === "template")?.sheetId);
      }),
    [act, port, merge]
  );

  const addRow = useCallback(
    (sheetId: string, code: string) =>
      act("addRow", async () => merge([await port().addRow(sheetId, code, language)], false)),
    [act, port, merge, language]
  );

  const migrate = useCallback(
    (sheetId: string) =>
      act("migrate", async () => {
        const result = await port().migrateSheet(sheetId);
        if (result.kind === "refused") {
          setMigration({ kind: "refused", sheetId, lost: result.lost });
          return;
        }
        merge(result.reports, true);
        const message = t("findings.migrated", { count: result.moved, version: result.version });
        setMigration({ kind: "migrated", sheetId, message });
      }),
    [act, port, merge, t]
  );

  const go = useCallback(
    (sheetId: string, address: string) => {
      workbook?.selectCell(sheetId, address).catch(fail);
    },
    [workbook, fail]
  );

  /**
   * Re-reads one sheet (before submitting) and returns its fresh report, with the findings
   * between it and the other sheets as they are now.
   */
  const reread = useCallback(
    async (sheetId: string) => {
      const report = await port().readSheet(sheetId);
      merge([report], false);
      const all = applyUpdate(latest.current, { reports: [report], complete: false });
      return checkPackage([...all.values()]).find((r) => r.sheetId === sheetId) ?? report;
    },
    [port, merge, checkPackage]
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
    merge,
    fail,
  };
}

export type Book = ReturnType<typeof useWorkbook>;
