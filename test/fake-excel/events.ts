/**
 * Event registration (`onChanged.add`) and the argument objects handlers receive. Registration and
 * removal are queued like any other command and take effect at the next sync of their context.
 */
import type { FakeRequestContext } from "./context";
import type { DocumentEvent } from "./document";
import type { FakeRange } from "./range";

export type EventKind = DocumentEvent["kind"];
export type Handler = (args: unknown) => unknown;

export interface Registration {
  kind: EventKind;
  /** undefined = WorksheetCollection-level: every sheet's events. */
  sheetId: string | undefined;
  handler: Handler;
  context: FakeRequestContext;
}

export class FakeEventHandlerResult {
  constructor(
    readonly context: FakeRequestContext,
    private readonly registration: Registration
  ) {}

  /** Queued on the context the handler was added with (Office.js requires that context). */
  remove(): void {
    this.context.enqueue({ o: "event", m: "remove", a: [this.registration.kind] }, () =>
      this.context.session.unregister(this.registration)
    );
  }
}

export class FakeEventSlot {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly path: string,
    private readonly kind: EventKind,
    private readonly sheetId: () => string | undefined
  ) {}

  add(handler: Handler): FakeEventHandlerResult {
    const registration: Registration = {
      kind: this.kind,
      sheetId: undefined,
      handler,
      context: this.context,
    };
    this.context.enqueue({ o: this.path, m: "add" }, () => {
      registration.sheetId = this.sheetId();
      this.context.session.register(registration);
    });
    return new FakeEventHandlerResult(this.context, registration);
  }
}

type RangeFactory = (context: FakeRequestContext, sheetId: string, address: string) => FakeRange;

/** Builds the args object for a delivered event; `withTriggerSource` reflects ExcelApi 1.14. */
export function eventArgs(
  event: DocumentEvent,
  withTriggerSource: boolean,
  rangeOf: RangeFactory,
  rangeOrNullOf: RangeFactory
): Record<string, unknown> {
  if (event.kind === "activated") {
    return { type: "WorksheetActivated", worksheetId: event.sheetId };
  }
  if (event.kind === "selectionChanged") {
    return {
      type: "WorksheetSelectionChanged",
      worksheetId: event.sheetId,
      address: event.address,
    };
  }
  const args: Record<string, unknown> = {
    type: "WorksheetChanged",
    address: event.address,
    changeType: event.changeType,
    source: "Local",
    worksheetId: event.sheetId,
    getRange: (ctx: FakeRequestContext) => rangeOf(ctx, event.sheetId, event.address),
    getRangeOrNullObject: (ctx: FakeRequestContext) =>
      rangeOrNullOf(ctx, event.sheetId, event.address),
  };
  if (event.details) args.details = { ...event.details };
  if (withTriggerSource) {
    args.triggerSource = event.origin === "addin" ? "ThisLocalAddin" : "Unknown";
    if (event.changeType === "RowInserted") {
      args.changeDirectionState = { insertShiftDirection: "Down" };
    }
    if (event.changeType === "RowDeleted")
      args.changeDirectionState = { deleteShiftDirection: "Up" };
  }
  return args;
}
