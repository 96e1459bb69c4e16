export type ThemeName = "light" | "dark";

/** Resolves when Office.js has loaded and the pane runs inside a host (or the test's fake). */
export function whenOfficeReady(): Promise<void> {
  return Office.onReady().then(() => undefined);
}

/** Perceived brightness of a "#RRGGBB" colour, 0–255. */
function brightness(colour: string): number | undefined {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour.trim());
  if (!match) return undefined;
  const [r, g, b] = match.slice(1).map((hex) => parseInt(hex, 16));
  return (r * 299 + g * 587 + b * 114) / 1000;
}

/** Light or dark from a theme's body background; undefined when it says neither. */
function themeOf(theme: Partial<Office.OfficeTheme> | undefined): ThemeName | undefined {
  const level = theme?.bodyBackgroundColor ? brightness(theme.bodyBackgroundColor) : undefined;
  if (level === undefined) return undefined;
  return level < 128 ? "dark" : "light";
}

/** Follows Office's theme where the host reports one (not every host and platform does). */
export function officeTheme(): ThemeName {
  return themeOf(Office.context?.officeTheme) ?? "light";
}

/** The runtime value of `Office.EventType.OfficeThemeChanged`, which Excel's enum may lack. */
const THEME_CHANGED = "officeThemeChanged" as unknown as Office.EventType;

type ThemeHandler = (args?: Partial<Office.OfficeThemeChangedEventArgs>) => void;

const stopNothing = () => undefined;

/**
 * Calls `onChange` each time Office's theme turns from light to dark or back while the pane is
 * open, and returns a function that stops watching. Office documents a theme-change event
 * (`OfficeThemeChanged`) only for Outlook's mailbox (Mailbox 1.14) and none for Excel, so the
 * handler is offered to the document in case the host raises it there; a host that does not
 * refuses the handler, and the pane keeps the theme it opened with.
 */
export function watchOfficeTheme(onChange: (theme: ThemeName) => void): () => void {
  const document = Office.context?.document;
  if (typeof document?.addHandlerAsync !== "function") return stopNothing;

  let current = officeTheme();
  let watching = true;
  const handler: ThemeHandler = (args) => {
    if (!watching) return;
    const next = themeOf(args?.officeTheme) ?? officeTheme();
    if (next === current) return;
    current = next;
    onChange(next);
  };
  try {
    document.addHandlerAsync(THEME_CHANGED, handler, (result: Office.AsyncResult<void>) => {
      if (result.status === Office.AsyncResultStatus.Failed) watching = false;
    });
  } catch {
    // A host that does not know the event type may refuse it at once rather than in the
    // callback; either way there is nothing to watch, which is not an error for the user.
    return stopNothing;
  }

  return () => {
    if (!watching) return;
    watching = false;
    const options = { handler: handler as Office.RemoveHandlerOptions["handler"] };
    document.removeHandlerAsync(THEME_CHANGED, options);
  };
}

export function displayLanguage(): string {
  return Office.context?.displayLanguage ?? "en";
}
