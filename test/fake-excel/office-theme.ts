/**
 * `Office.context.officeTheme` and theme-change handlers on `Office.context.document`, as a fake
 * host keeps them. Office documents the `OfficeThemeChanged` event only for Outlook (Mailbox 1.14),
 * so by default the fake refuses the handler, as Excel is expected to; a test can ask for a host
 * that raises it.
 */

/** The four colours every host reports (Office.OfficeTheme); the values are illustrative. */
export interface OfficeThemeColours {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor: string;
  controlForegroundColor: string;
}

export type ThemePreset = "light" | "dark";

export const THEME_PRESETS: Record<ThemePreset, OfficeThemeColours> = {
  light: {
    bodyBackgroundColor: "#FFFFFF",
    bodyForegroundColor: "#262626",
    controlBackgroundColor: "#FFFFFF",
    controlForegroundColor: "#262626",
  },
  dark: {
    bodyBackgroundColor: "#262626",
    bodyForegroundColor: "#FFFFFF",
    controlBackgroundColor: "#363636",
    controlForegroundColor: "#FFFFFF",
  },
};

/** The runtime value of `Office.EventType.OfficeThemeChanged`. */
export const THEME_CHANGED = "officeThemeChanged";

type Handler = (args: unknown) => unknown;

interface AsyncResult {
  status: "succeeded" | "failed";
  value: undefined;
  asyncContext: unknown;
  error?: { code: number; name: string; message: string };
}

type Callback = (result: AsyncResult) => void;

/** Office calls back asynchronously, never before the call that asked returns. */
function later(callback: Callback | undefined, result: AsyncResult): void {
  if (callback) setTimeout(() => callback(result), 0);
}

const nextMacrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class FakeOfficeTheme {
  current: OfficeThemeColours;
  private handlers: Handler[] = [];

  constructor(
    initial: ThemePreset,
    /** Whether the host raises `officeThemeChanged` on the document. */
    private readonly raisesEvent: boolean,
    private readonly onHandlerError: (error: unknown) => void
  ) {
    this.current = { ...THEME_PRESETS[initial] };
  }

  get handlerCount(): number {
    return this.handlers.length;
  }

  /** `Document.addHandlerAsync(eventType, handler, [options], [callback])`. */
  addHandlerAsync(eventType: string, handler: Handler, second?: unknown, third?: unknown): void {
    const { asyncContext, callback } = optionsAndCallback(second, third);
    if (eventType !== THEME_CHANGED) {
      throw new Error(`The fake does not model document events of type '${eventType}'.`);
    }
    if (!this.raisesEvent) {
      later(callback, {
        status: "failed",
        value: undefined,
        asyncContext,
        error: { code: 5000, name: "Not supported", message: "The event is not supported." },
      });
      return;
    }
    setTimeout(() => {
      this.handlers.push(handler);
      callback?.({ status: "succeeded", value: undefined, asyncContext });
    }, 0);
  }

  /** `Document.removeHandlerAsync(eventType, [options], [callback])`; no handler = all of them. */
  removeHandlerAsync(eventType: string, second?: unknown, third?: unknown): void {
    const { options, asyncContext, callback } = optionsAndCallback(second, third);
    const handler = (options as { handler?: Handler } | undefined)?.handler;
    if (eventType === THEME_CHANGED) {
      this.handlers = handler ? this.handlers.filter((h) => h !== handler) : [];
    }
    later(callback, { status: "succeeded", value: undefined, asyncContext });
  }

  /**
   * The user picks another Office theme: `officeTheme` changes and each handler receives
   * `{ type: "officeThemeChanged", officeTheme }`. Resolves after the handlers have run.
   */
  async change(theme: ThemePreset | OfficeThemeColours): Promise<void> {
    await nextMacrotask();
    this.current = { ...(typeof theme === "string" ? THEME_PRESETS[theme] : theme) };
    for (const handler of [...this.handlers]) {
      try {
        await handler({ type: THEME_CHANGED, officeTheme: { ...this.current } });
      } catch (error) {
        this.onHandlerError(error);
      }
    }
    await nextMacrotask();
  }
}

function optionsAndCallback(second: unknown, third: unknown) {
  const callback = (typeof second === "function" ? second : third) as Callback | undefined;
  const options = typeof second === "function" ? undefined : second;
  const asyncContext = (options as { asyncContext?: unknown } | undefined)?.asyncContext;
  return { options, asyncContext, callback };
}
