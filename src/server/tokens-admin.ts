import { UserError } from "../core";
import { createToken } from "./auth";
import { TokenRole } from "./store/exchange-store";
import { DatabaseChoice, openStore } from "./store/open-store";

export interface TokenInDbOptions extends DatabaseChoice {
  country: string;
  role?: TokenRole;
  expiresInDays?: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Creates a token directly in the database (the SQLite file, or PostgreSQL when `databaseUrl`
 * or DATABASE_URL is set; migrating it first) and returns the plain token, for the
 * administrator's command line. An unknown country is a UserError.
 */
export async function createTokenInDb(options: TokenInDbOptions): Promise<string> {
  const days = options.expiresInDays;
  if (days !== undefined && !(Number.isFinite(days) && days > 0)) {
    throw new UserError(`The expiry must be a positive number of days, not "${days}".`);
  }
  const store = await openStore(options);
  try {
    const expiresAt = days === undefined ? undefined : new Date(Date.now() + days * DAY_MS);
    return await createToken(store, { country: options.country, role: options.role, expiresAt });
  } finally {
    await store.close();
  }
}
