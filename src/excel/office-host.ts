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

/** Follows Office's theme where the host reports one (not every host and platform does). */
export function officeTheme(): ThemeName {
  const background = Office.context?.officeTheme?.bodyBackgroundColor;
  const level = background ? brightness(background) : undefined;
  return level !== undefined && level < 128 ? "dark" : "light";
}

export function displayLanguage(): string {
  return Office.context?.displayLanguage ?? "en";
}
