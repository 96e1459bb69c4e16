/** Bundled into an IIFE for headless Chromium: installs the fake and exposes its host handle. */
import { installFakeOffice } from "./index";

declare const window: Window & { __fakeExcel?: unknown };

window.__fakeExcel = installFakeOffice(window);
