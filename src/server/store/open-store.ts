import { UserError } from "../../core";
import { ExchangeStore } from "./exchange-store";
import { openPostgresStore, PostgresStoreOptions } from "./postgres-store";
import { openSqliteStore } from "./sqlite-store";

export interface DatabaseChoice {
  /** A SQLite file, used when no PostgreSQL URL is given. */
  dbFile?: string;
  /** postgres://…; DATABASE_URL in the environment when omitted. */
  databaseUrl?: string;
  env?: NodeJS.ProcessEnv;
}

/** Where the store lives, said without the password of a PostgreSQL URL. */
export function describeDatabase(choice: DatabaseChoice): string {
  const url = choice.databaseUrl ?? (choice.env ?? process.env).DATABASE_URL;
  if (url) return url.replace(/\/\/([^:/@]+):[^@/]*@/, "//$1:***@");
  return choice.dbFile ?? "";
}

/** PostgreSQL when a URL is given (as an option or DATABASE_URL), the SQLite file otherwise. */
export async function openStore(
  choice: DatabaseChoice,
  postgres: PostgresStoreOptions = {}
): Promise<ExchangeStore> {
  const url = choice.databaseUrl ?? (choice.env ?? process.env).DATABASE_URL;
  if (url) return openPostgresStore(url, postgres);
  if (!choice.dbFile) {
    throw new UserError("No database: give a SQLite file, or a PostgreSQL URL in DATABASE_URL.");
  }
  return openSqliteStore(choice.dbFile);
}
