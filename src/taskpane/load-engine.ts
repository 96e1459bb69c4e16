import type { ComponentType } from "react";
import type { SubmitFn } from "./submission-flow";
import type { WorkbookEngine } from "./use-workbook";
import type { WorkbenchProps } from "./Workbench";

/** What the engine chunk gives the pane (see engine.ts). */
export interface Engine extends WorkbookEngine {
  submit: SubmitFn;
  Workbench: ComponentType<WorkbenchProps>;
}

/**
 * Fetches the engine at once and starts it when Office is ready: the first screen needs neither
 * the templates nor Excel, so it is shown while the engine's chunk is still on its way.
 */
export function loadEngine(officeReady: Promise<unknown>): Promise<Engine> {
  const chunk = import(/* webpackChunkName: "engine" */ "./engine");
  return Promise.all([chunk, officeReady]).then(([engine]) => engine.startEngine());
}
