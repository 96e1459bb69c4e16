import { toExcelProblem } from "./errors";

/** Removes an event handler; Office.js only does so through the context that added it. */
export async function removeHandler(handler: OfficeExtension.EventHandlerResult<unknown>) {
  try {
    await Excel.run(handler.context, async (context) => {
      handler.remove();
      await context.sync();
    });
  } catch (error) {
    throw toExcelProblem(error);
  }
}
