import { submitToExchange } from "../client/exchange-client";
import { createExcelWorkbook } from "../excel";
import type { Engine } from "./load-engine";
import { packageChecker } from "./package-findings";
import { Workbench } from "./Workbench";

/**
 * The pane's engine: the templates, code lists and rules, the Excel adapter, the exchange client
 * and the part of the pane that works on sheets. It is a chunk of its own, fetched while the first
 * screen is already shown (see load-engine.ts). Created once per page load, after Office is ready,
 * so the workbook's event handlers are registered once.
 */
export function startEngine(): Engine {
  return {
    workbook: createExcelWorkbook(),
    packageChecker,
    submit: submitToExchange,
    Workbench,
  };
}
