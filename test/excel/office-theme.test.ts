import { installFakeOffice } from "../fake-excel";
import { officeTheme, ThemeName, watchOfficeTheme } from "../../src/excel";

/** Lets Office's asynchronous registration callback run. */
const settled = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function watched(options: Parameters<typeof installFakeOffice>[1]) {
  const host = installFakeOffice(globalThis, options);
  const seen: ThemeName[] = [];
  const stop = watchOfficeTheme((theme) => seen.push(theme));
  await settled();
  return { host, seen, stop };
}

describe("following Office's theme while the pane is open", () => {
  it("reports each change between light and dark where the host raises the event", async () => {
    const { host, seen } = await watched({ officeThemeChangedEvent: true });

    await host.setOfficeTheme("dark");
    await host.setOfficeTheme({
      bodyBackgroundColor: "#404040",
      bodyForegroundColor: "#FFFFFF",
      controlBackgroundColor: "#505050",
      controlForegroundColor: "#FFFFFF",
    });
    await host.setOfficeTheme("light");

    expect(seen).toEqual(["dark", "light"]);
    expect(officeTheme()).toBe("light");
  });

  it("starts from the theme the pane opened with", async () => {
    const { host, seen } = await watched({ officeTheme: "dark", officeThemeChangedEvent: true });

    await host.setOfficeTheme("dark");
    await host.setOfficeTheme("light");

    expect(seen).toEqual(["light"]);
  });

  it("stops when asked, and lets go of its handler", async () => {
    const { host, seen, stop } = await watched({ officeThemeChangedEvent: true });
    expect(host.officeThemeHandlers).toBe(1);

    stop();
    stop();
    await host.setOfficeTheme("dark");

    expect(seen).toEqual([]);
    expect(host.officeThemeHandlers).toBe(0);
    expect(host.handlerErrors).toEqual([]);
  });

  it("does nothing, harmlessly, where the host refuses the event (Excel, as documented)", async () => {
    const { host, seen, stop } = await watched({});

    await host.setOfficeTheme("dark");
    stop();

    expect(seen).toEqual([]);
    expect(host.officeThemeHandlers).toBe(0);
    expect(officeTheme()).toBe("dark");
  });

  it("does nothing where the host throws at the registration or has no document", async () => {
    installFakeOffice(globalThis, { officeThemeChangedEvent: true });
    const document = Office.context.document as { addHandlerAsync: unknown };
    document.addHandlerAsync = () => {
      throw new Error("Invalid event type");
    };
    expect(() => watchOfficeTheme(() => undefined)()).not.toThrow();

    (Office.context as { document?: unknown }).document = undefined;
    expect(() => watchOfficeTheme(() => undefined)()).not.toThrow();
  });

  it("hands handlers the event's real argument shape", async () => {
    const host = installFakeOffice(globalThis, { officeThemeChangedEvent: true });
    const received: unknown[] = [];
    Office.context.document.addHandlerAsync(Office.EventType.OfficeThemeChanged, (args: unknown) =>
      received.push(args)
    );
    await settled();

    await host.setOfficeTheme("dark");

    expect(received).toEqual([
      {
        type: "officeThemeChanged",
        officeTheme: {
          bodyBackgroundColor: "#262626",
          bodyForegroundColor: "#FFFFFF",
          controlBackgroundColor: "#363636",
          controlForegroundColor: "#FFFFFF",
        },
      },
    ]);
  });
});
