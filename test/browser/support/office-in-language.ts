/** The fake Office for the language tests: its display language is set by the page beforehand. */
import { installFakeOffice } from "../../fake-excel";

declare const window: Window & { __fakeExcel?: unknown; __officeLanguage?: string };

window.__fakeExcel = installFakeOffice(window, { displayLanguage: window.__officeLanguage });
