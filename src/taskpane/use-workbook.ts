import { useCallback, useEffect, useState } from "react";
import type { SelectedCell, SheetReport, TemplateChoice, WorkbookPort } from "../excel";
import { applyUpdate, ReportMap } from "./reports";

export type Activity = "load" | "validate" | undefined;

/**
 * The pane's view of the workbook: validated on open, kept current by the change watcher, and
 * re-read in full on "Validate now". Failures become a sentence in `problem`.
 */
export function useWorkbook(workbook: WorkbookPort) {
  const [reports, setReports] = useState<ReportMap>(new Map());
  const [selected, setSelected] = useState<SelectedCell>();
  const [problem, setProblem] = useState<string>();
  const [activity, setActivity] = useState<Activity>();
  const [lastLoaded, setLastLoaded] = useState<string>();

  const fail = useCallback((error: unknown) => setProblem((error as Error).message), []);
  const merge = useCallback(
    (list: SheetReport[], complete: boolean) =>
      setReports((current) => applyUpdate(current, { reports: list, complete })),
    []
  );

  const validateNow = useCallback(async () => {
    setActivity("validate");
    try {
      merge(await workbook.readAll(), true);
      setProblem(undefined);
    } catch (error) {
      fail(error);
    } finally {
      setActivity(undefined);
    }
  }, [workbook, merge, fail]);

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
    async (choice: TemplateChoice) => {
      setActivity("load");
      try {
        const report = await workbook.loadTemplate(choice);
        merge([report], false);
        setLastLoaded(report.sheetId);
        setProblem(undefined);
      } catch (error) {
        fail(error);
      } finally {
        setActivity(undefined);
      }
    },
    [workbook, merge, fail]
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
    reports: [...reports.values()],
    selected,
    problem,
    dismissProblem: () => setProblem(undefined),
    activity,
    lastLoaded,
    validateNow,
    load,
    go,
    reread,
  };
}
