import Database from 'better-sqlite3';
import type { BackupCounts } from '../../src-shared/ipc/schemas/backups';

/** The key tables whose row counts describe what a backup holds. */
const COUNTED_TABLES: Record<keyof BackupCounts, string> = {
  customers: 'customers',
  ledgerEntries: 'ledger_entries',
  vouchers: 'vouchers',
  tillEntries: 'till_entries',
  audit: 'audit_log',
};

const MIGRATIONS_TABLE = '__drizzle_migrations';

export interface FileInspection {
  ok: boolean;
  /** `PRAGMA integrity_check`'s answer ("ok" or its first problems), or why the file would not open. */
  integrity: string;
  problem: string | null;
  counts: BackupCounts;
  /** Migrations recorded in the file. */
  schemaMigrations: number;
  /** The newest migration's `created_at` (drizzle's folder millis), -1 when none. */
  lastMigrationMillis: number;
}

const NO_COUNTS: BackupCounts = { customers: null, ledgerEntries: null, vouchers: null, tillEntries: null, audit: null };

/**
 * Opens a database file read-only and checks it: integrity, row counts, schema version. Never throws
 * for a bad file: a file that is not a database, or is damaged, is a failed inspection.
 */
export function inspectFile(file: string, nativeBinding?: string): FileInspection {
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    const rows = sqlite.pragma('integrity_check') as Array<{ integrity_check: string }>;
    const integrity = rows.map((row) => row.integrity_check).join('; ').slice(0, 2000);
    const counts = countRows(sqlite);
    const migrations = readMigrations(sqlite);
    const ok = integrity === 'ok';
    return { ok, integrity, problem: ok ? null : 'integrity check failed', counts, ...migrations };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, integrity: message, problem: `cannot read the file: ${message}`, counts: NO_COUNTS, schemaMigrations: 0, lastMigrationMillis: -1 };
  } finally {
    sqlite?.close();
  }
}

function tableExists(sqlite: Database.Database, name: string): boolean {
  return Boolean(sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name));
}

function countRows(sqlite: Database.Database): BackupCounts {
  const counts: BackupCounts = { ...NO_COUNTS };
  for (const [key, table] of Object.entries(COUNTED_TABLES) as Array<[keyof BackupCounts, string]>) {
    if (!tableExists(sqlite, table)) continue;
    counts[key] = (sqlite.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
  }
  return counts;
}

function readMigrations(sqlite: Database.Database): { schemaMigrations: number; lastMigrationMillis: number } {
  if (!tableExists(sqlite, MIGRATIONS_TABLE)) return { schemaMigrations: 0, lastMigrationMillis: -1 };
  const row = sqlite.prepare(`SELECT count(*) AS n, max(created_at) AS last FROM ${MIGRATIONS_TABLE}`).get() as {
    n: number;
    last: number | null;
  };
  return { schemaMigrations: row.n, lastMigrationMillis: row.last === null ? -1 : Number(row.last) };
}
