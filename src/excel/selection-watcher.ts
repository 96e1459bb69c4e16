import { removeHandler } from "./remove-handler";
import { runExcel } from "./run";

export interface SelectedCell {
  sheetId: string;
  /** The selection's top-left cell, e.g. "C14". */
  address: string;
}

/**
 * Tells the pane which cell is selected, so it can show that cell's finding. The event carries the
 * address, so following the selection costs no round trip to Excel.
 */
export class SelectionWatcher {
  private handler:
    OfficeExtension.EventHandlerResult<Excel.WorksheetSelectionChangedEventArgs> | undefined;

  constructor(private readonly onSelect: (cell: SelectedCell) => void) {}

  async start(): Promise<void> {
    if (this.handler) return;
    this.handler = await runExcel(async (context, sync) => {
      const handler = context.workbook.worksheets.onSelectionChanged.add(async (args) => {
        const address = args.address.slice(args.address.lastIndexOf("!") + 1).split(":")[0];
        this.onSelect({ sheetId: args.worksheetId, address: address.replace(/\$/g, "") });
      });
      await sync();
      return handler;
    });
  }

  async stop(): Promise<void> {
    const handler = this.handler;
    if (!handler) return;
    this.handler = undefined;
    await removeHandler(handler);
  }
}
