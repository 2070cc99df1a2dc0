import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as schema from './schema';

export type Sqlite = Database.Database;
export type Db = BetterSQLite3Database<typeof schema>;

export interface OpenOptions {
  /**
   * Path of a better-sqlite3 binary built for another ABI. Electron passes its own build here so that
   * node_modules keeps the Node build the tests use (no rebuilding back and forth).
   */
  nativeBinding?: string;
  readonly?: boolean;
}

const PAGE_CACHE_KIB = 64 * 1024;

/** Opens the SQLite file with the pragmas every connection of this app uses. */
export function openSqlite(file: string, options: OpenOptions = {}): Sqlite {
  const sqlite = new Database(file, {
    readonly: options.readonly ?? false,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  // SQLite's default page cache is 2 MB. Bulk work (a billing run over 50,000 subscriptions, P6) probes
  // customer and subscription indexes at random, and with 2 MB it re-reads the same pages from the OS
  // for every chunk. 64 MiB is allocated only as pages are read, so a small office pays nothing.
  sqlite.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
  sqlite.pragma('temp_store = MEMORY');
  return sqlite;
}

export function wrapDrizzle(sqlite: Sqlite): Db {
  return drizzle(sqlite, { schema });
}

/** Rows written by this connection so far: tests use it to prove a refused call wrote nothing. */
export function totalChanges(sqlite: Sqlite): number {
  const row = sqlite.prepare('SELECT total_changes() AS n').get() as { n: number };
  return row.n;
}
