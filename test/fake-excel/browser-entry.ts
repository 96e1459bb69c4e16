/** Bundled into an IIFE for headless Chromium: installs the fake and exposes its host handle. */
import { installFakeOffice } from "./index";

declare const window: Window & {
  __fakeExcel?: unknown;
  /** Set by a test's init script before this one runs, for a host unlike the default. */
  __fakeExcelOptions?: Parameters<typeof installFakeOffice>[1];
};

window.__fakeExcel = installFakeOffice(window, window.__fakeExcelOptions);
