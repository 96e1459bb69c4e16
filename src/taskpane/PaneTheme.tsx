import { FluentProvider, Theme, webLightTheme } from "@fluentui/react-components";
import { ReactNode, useEffect, useState } from "react";
import { ThemeName, watchOfficeTheme } from "../excel/office-host";

/** Office's dark theme, fetched only when Office is dark: most panes never need it. */
export async function fluentTheme(name: ThemeName): Promise<Theme> {
  if (name !== "dark") return webLightTheme;
  const { webDarkTheme } = await import(
    /* webpackChunkName: "dark-theme" */ "@fluentui/react-components"
  );
  return webDarkTheme;
}

/**
 * Fluent's theme for the pane, starting with the one Office had when the pane opened and
 * following Office when it switches between light and dark while the pane is open (where the
 * host says so; see watchOfficeTheme).
 */
export function PaneTheme({ initial, children }: { initial: Theme; children: ReactNode }) {
  const [theme, setTheme] = useState(initial);
  useEffect(() => {
    let live = true;
    const stop = watchOfficeTheme((name) => {
      // A dark theme that cannot be fetched leaves the pane as it is.
      fluentTheme(name).then(
        (next) => live && setTheme(next),
        () => undefined
      );
    });
    return () => {
      live = false;
      stop();
    };
  }, []);
  return (
    <FluentProvider theme={theme} style={{ minHeight: "100vh" }}>
      {children}
    </FluentProvider>
  );
}
