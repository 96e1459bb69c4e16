import { lazy } from "react";

/**
 * Panels the pane shows only once a sheet is loaded or a warned cell is selected. Each is a
 * chunk of its own, fetched when first shown, so the first screen does not wait for them (the
 * add-a-row panel brings Fluent's combobox and its positioning code).
 */
export const AddRowPanel = lazy(() =>
  import(/* webpackChunkName: "add-row" */ "./AddRowPanel").then((m) => ({
    default: m.AddRowPanel,
  }))
);

export const HistoryChart = lazy(() =>
  import(/* webpackChunkName: "history-chart" */ "./HistoryChart").then((m) => ({
    default: m.HistoryChart,
  }))
);
