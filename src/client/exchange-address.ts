import { ExchangeError } from "./exchange-error";
import { addressMessage, tokenCharactersMessage } from "./exchange-messages";

const API_PATH = "/api/v1";

/** What users paste after the base address: the API's root or the submission path. */
const API_SUFFIX = /\/api\/v1(\/submissions)?\/*$/i;

function parses(address: string): boolean {
  try {
    new URL(address);
    return true;
  } catch {
    return false;
  }
}

/**
 * The API's base URL from the address a user typed: https://host, https://host/api/v1 and
 * https://host/api/v1/submissions all name the same exchange. Anything that is not an http(s)
 * address is refused at once, before any request, so it is never retried.
 */
export function apiBaseOf(endpoint: string): string {
  const typed = endpoint.trim();
  if (!/^https?:\/\//i.test(typed) || !parses(typed)) {
    throw new ExchangeError(0, addressMessage());
  }
  return typed.replace(/\/+$/, "").replace(API_SUFFIX, "").replace(/\/+$/, "") + API_PATH;
}

/** Tokens are printable ASCII; anything else is a copying mistake that no retry repairs. */
export function checkTokenText(token: string): void {
  if (!/^[\x21-\x7e]+$/.test(token)) throw new ExchangeError(0, tokenCharactersMessage());
}
