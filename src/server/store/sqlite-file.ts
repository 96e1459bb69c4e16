import { statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import { UserError } from "../../core";

function isFolder(path: string): boolean | undefined {
  try {
    return statSync(path).isDirectory();
  } catch {
    return undefined;
  }
}

/** better-sqlite3 says why it failed only in its code; these are the ones a user can fix. */
function userErrorOf(file: string, error: unknown): UserError | undefined {
  const code = (error as { code?: unknown }).code;
  if (code === "SQLITE_NOTADB") {
    return new UserError(`${file} is not a WB-MIDEX database (not an SQLite file)`);
  }
  if (code === "SQLITE_CANTOPEN" || code === "SQLITE_READONLY" || code === "SQLITE_PERM") {
    return new UserError(`cannot open the database ${file}: it may not be written to here`);
  }
  return undefined;
}

/**
 * Opens (creating when needed) a SQLite file in WAL mode, and runs `prepare` on it. The
 * mistakes an administrator makes with --db (a folder that does not exist, a folder, some other
 * file) are UserErrors naming the file; anything else keeps its cause.
 */
export function openSqliteFile<T>(file: string, prepare: (db: Database.Database) => T): T {
  if (file !== ":memory:") {
    if (isFolder(file)) throw new UserError(`${file} is a folder, not a database file`);
    if (isFolder(dirname(resolve(file))) !== true) {
      throw new UserError(`cannot open the database ${file}: the folder does not exist`);
    }
  }
  let db: Database.Database | undefined;
  try {
    db = new Database(file);
    db.pragma("journal_mode = WAL");
    db.pragma("busy_timeout = 5000");
    return prepare(db);
  } catch (error) {
    db?.close();
    throw userErrorOf(file, error) ?? error;
  }
}
