/** Installs fake `Office`, `Excel` and `OfficeExtension` globals backed by one Session. */
import { FakeRequestContext } from "./context";
import { excelEnums, officeExtensionErrorCodes } from "./enums";
import { FakeOfficeError } from "./errors";
import { FakeEventHandlerResult } from "./events";
import { FakeExcelHost } from "./host";
import { THEME_CHANGED } from "./office-theme";
import { FakeClientResult, ProxyBase } from "./proxy";
import { FakeOfficeOptions, Session } from "./session";

type Batch<T> = (context: FakeRequestContext) => Promise<T>;

function contextFrom(session: Session, first: unknown): FakeRequestContext | undefined {
  if (first instanceof FakeRequestContext) return first;
  if (first instanceof ProxyBase) return first.context;
  if (Array.isArray(first) && first[0] instanceof ProxyBase) return first[0].context;
  const previous = (first as { previousObjects?: unknown } | undefined)?.previousObjects;
  return previous === undefined ? undefined : contextFrom(session, previous);
}

function makeRun(session: Session) {
  return async function run<T>(first: unknown, second?: Batch<T>): Promise<T> {
    const batch = (typeof first === "function" ? first : second) as Batch<T>;
    const context =
      (typeof first === "function" ? undefined : contextFrom(session, first)) ??
      new FakeRequestContext(session);
    const pending = batch(context);
    if (!pending || typeof (pending as Promise<T>).then !== "function") {
      throw new FakeOfficeError(
        "RunMustReturnPromise",
        "The batch function must return a promise."
      );
    }
    const result = await pending;
    if (context.pendingCommands > 0) await context.sync();
    return result;
  };
}

export function installFakeOffice(target: any, options: FakeOfficeOptions = {}): FakeExcelHost {
  const session = new Session(options);
  const info = { host: "Excel", platform: "PC" };
  target.Excel = {
    ...excelEnums,
    run: makeRun(session),
    RequestContext: FakeRequestContext,
  };
  target.OfficeExtension = {
    Error: FakeOfficeError,
    ErrorCodes: officeExtensionErrorCodes,
    ClientResult: FakeClientResult,
    EventHandlerResult: FakeEventHandlerResult,
    config: { extendedErrorLogging: false },
  };
  target.Office = {
    HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS" },
    EventType: {
      ActiveViewChanged: "activeViewChanged",
      DocumentSelectionChanged: "documentSelectionChanged",
      OfficeThemeChanged: THEME_CHANGED,
    },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      displayLanguage: session.displayLanguage,
      contentLanguage: session.displayLanguage,
      host: "Excel",
      platform: "PC",
      get officeTheme() {
        return { ...session.theme.current };
      },
      document: {
        addHandlerAsync: session.theme.addHandlerAsync.bind(session.theme),
        removeHandlerAsync: session.theme.removeHandlerAsync.bind(session.theme),
      },
      requirements: {
        isSetSupported: (name: string, minVersion?: string | number) =>
          session.isSetSupported(name, minVersion === undefined ? undefined : String(minVersion)),
      },
    },
    onReady(callback?: (value: typeof info) => void) {
      return Promise.resolve().then(() => {
        callback?.(info);
        return info;
      });
    },
  };
  return new FakeExcelHost(session);
}
