import { UserError } from "../core";
import { createToken } from "./auth";
import { TokenRole } from "./store/exchange-store";
import { openSqliteStore } from "./store/sqlite-store";

export interface TokenInDbOptions {
  dbFile: string;
  country: string;
  role?: TokenRole;
  expiresInDays?: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Creates a token directly in the database file (migrating it first) and returns the plain
 * token, for the administrator's command line. An unknown country is a UserError.
 */
export async function createTokenInDb(options: TokenInDbOptions): Promise<string> {
  const days = options.expiresInDays;
  if (days !== undefined && !(Number.isFinite(days) && days > 0)) {
    throw new UserError(`The expiry must be a positive number of days, not "${days}".`);
  }
  const store = openSqliteStore(options.dbFile);
  try {
    const expiresAt = days === undefined ? undefined : new Date(Date.now() + days * DAY_MS);
    return await createToken(store, { country: options.country, role: options.role, expiresAt });
  } finally {
    await store.close();
  }
}
