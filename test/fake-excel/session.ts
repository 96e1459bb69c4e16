/**
 * One fake Excel session: the document, the requirement sets, request accounting, and event
 * delivery to registered handlers after the sync or user action that caused them.
 */
import { instantiate } from "./proxy";
import { parseAddress } from "./addresses";
import type { FakeRequestContext, QueuedCommand } from "./context";
import { DocumentEvent, FakeDocument } from "./document";
import { FakeOfficeError } from "./errors";
import { eventArgs, Registration } from "./events";
import { FakeOfficeTheme, ThemePreset } from "./office-theme";
import { FakeRange } from "./range";

export interface FakeOfficeOptions {
  /** Highest supported version per requirement set; default { ExcelApi: "1.9" }. */
  requirementSets?: Record<string, string>;
  displayLanguage?: string;
  /** Worksheets the workbook starts with; default ["Sheet1"]. */
  sheets?: string[];
  /**
   * Largest request and response, in bytes, as Excel on the web enforces (5 MB there); a larger
   * one fails with `RequestPayloadSizeLimitExceeded` / `ResponsePayloadSizeLimitExceeded`. Unset
   * means no limit, as on Windows and Mac.
   */
  payloadLimitBytes?: number;
  /** The Office theme when the pane opens; light unless set. */
  officeTheme?: ThemePreset;
  /**
   * Whether the host raises `officeThemeChanged` for `Office.context.document`. Office documents
   * the event only for Outlook, so the default is false.
   */
  officeThemeChangedEvent?: boolean;
}

function versionAtLeast(supported: string, wanted: string): boolean {
  const a = supported.split(".").map(Number);
  const b = wanted.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

const nextMacrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class Session {
  readonly doc = new FakeDocument();
  readonly requirementSets: Record<string, string>;
  readonly displayLanguage: string;
  readonly payloadLimitBytes: number | undefined;
  syncCount = 0;
  /** How often the add-in switched events off (`runtime.enableEvents = false`). */
  eventPauses = 0;
  requestBytes: number[] = [];
  responseBytes: number[] = [];
  /** Bytes of loaded values in the request being executed (see `ProxyBase.applyLoad`). */
  private responding = 0;
  readonly handlerErrors: unknown[] = [];
  readonly theme: FakeOfficeTheme;
  private registrations: Registration[] = [];
  private buffered: DocumentEvent[] = [];
  private scheduled = 0;
  private readonly running = new Set<Promise<unknown>>();
  private nextFailure: unknown;
  private hangNext = false;
  private held: { promise: Promise<void>; release: () => void } | undefined;

  constructor(options: FakeOfficeOptions = {}) {
    this.requirementSets = { ExcelApi: "1.9", ...(options.requirementSets ?? {}) };
    this.displayLanguage = options.displayLanguage ?? "en-US";
    this.payloadLimitBytes = options.payloadLimitBytes;
    this.theme = new FakeOfficeTheme(
      options.officeTheme ?? "light",
      options.officeThemeChangedEvent ?? false,
      (error) => this.handlerErrors.push(error)
    );
    for (const name of options.sheets ?? ["Sheet1"]) this.doc.addSheet(name);
    this.doc.onEvent((event) => this.buffered.push(event));
  }

  isSetSupported(name: string, minVersion = "1.1"): boolean {
    const supported = this.requirementSets[name];
    return supported !== undefined && versionAtLeast(supported, minVersion);
  }

  failNextSync(error: unknown): void {
    this.nextFailure = error;
  }

  hangNextSync(): void {
    this.hangNext = true;
  }

  /** Holds every sync until `releaseSyncs`, like a slow connection to Excel on the web. */
  holdSyncs(): void {
    if (this.held) return;
    let release = () => undefined as void;
    const promise = new Promise<void>((resolve) => (release = resolve));
    this.held = { promise, release };
  }

  releaseSyncs(): void {
    const held = this.held;
    this.held = undefined;
    held?.release();
  }

  /** Called while a load runs: what the response would carry back for it. */
  addResponseBytes(bytes: number): void {
    this.responding += bytes;
  }

  /** Runs one request: commands apply in order; the first failure stops the rest. */
  async execute(commands: QueuedCommand[]): Promise<void> {
    while (this.held) await this.held.promise;
    this.syncCount++;
    const requestSize = JSON.stringify(commands.map((c) => c.wire)).length;
    this.requestBytes.push(requestSize);
    if (this.payloadLimitBytes !== undefined && requestSize > this.payloadLimitBytes) {
      this.responseBytes.push(0);
      await Promise.resolve();
      throw new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        "The request payload size has exceeded the limit."
      );
    }
    if (this.hangNext) {
      this.hangNext = false;
      return new Promise<void>(() => undefined);
    }
    await Promise.resolve();
    if (this.nextFailure !== undefined) {
      const failure = this.nextFailure;
      this.nextFailure = undefined;
      throw failure;
    }
    this.responding = 0;
    try {
      for (const command of commands) command.run();
    } catch (error) {
      if (error instanceof FakeOfficeError) throw error;
      throw new FakeOfficeError("GeneralException", String(error));
    } finally {
      this.responseBytes.push(this.responding);
      this.flushEvents();
    }
    if (this.payloadLimitBytes !== undefined && this.responding > this.payloadLimitBytes) {
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        "The response payload size has exceeded the limit."
      );
    }
  }

  /** Applies a simulated user action and delivers the events it raised. */
  async userAction(action: () => void): Promise<void> {
    try {
      action();
    } finally {
      this.flushEvents();
    }
    await this.idle();
  }

  register(registration: Registration): void {
    this.registrations.push(registration);
  }

  unregister(registration: Registration): void {
    this.registrations = this.registrations.filter((r) => r !== registration);
  }

  get handlerCount(): number {
    return this.registrations.length;
  }

  /** Resolves once no event is waiting for delivery and every handler promise has settled. */
  async idle(): Promise<void> {
    await nextMacrotask();
    while (this.scheduled > 0 || this.running.size > 0) {
      await Promise.allSettled([...this.running]);
      await nextMacrotask();
    }
  }

  private flushEvents(): void {
    const events = this.buffered;
    this.buffered = [];
    if (events.length === 0) return;
    this.scheduled++;
    setTimeout(() => {
      this.scheduled--;
      for (const event of events) this.deliver(event);
    }, 0);
  }

  private deliver(event: DocumentEvent): void {
    const withTrigger = this.isSetSupported("ExcelApi", "1.14");
    for (const registration of this.registrations) {
      if (registration.kind !== event.kind) continue;
      if (registration.sheetId !== undefined && registration.sheetId !== event.sheetId) continue;
      const args = eventArgs(event, withTrigger, rangeFor(false), rangeFor(true));
      const run = Promise.resolve()
        .then(() => registration.handler(args))
        .catch((error: unknown) => {
          this.handlerErrors.push(error);
        })
        .finally(() => this.running.delete(run));
      this.running.add(run);
    }
  }
}

function rangeFor(orNull: boolean) {
  return (context: FakeRequestContext, sheetId: string, address: string): FakeRange =>
    instantiate(
      new FakeRange(context, `eventRange(${JSON.stringify(address)})`, () => {
        const sheet = context.session.doc.sheets.find((s) => s.id === sheetId);
        const parsed = parseAddress(address);
        if (sheet && parsed) return { sheet, rect: parsed.rect };
        if (orNull) return null;
        throw new FakeOfficeError("ItemNotFound", "The changed range no longer exists.");
      })
    );
}
