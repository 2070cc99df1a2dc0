import fs from 'node:fs';
import path from 'node:path';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import type { Db, Sqlite } from './connection';
import { backupFileName } from '../backups/names';

export class MigrationError extends Error {
  readonly backupFile: string | null;

  constructor(message: string, backupFile: string | null, cause: unknown) {
    super(message, { cause });
    this.name = 'MigrationError';
    this.backupFile = backupFile;
  }
}

export interface MigrationOutcome {
  applied: number;
  backupFile: string | null;
}

const MIGRATIONS_TABLE = '__drizzle_migrations';

/** Migrations not yet recorded in the db, computed the way drizzle's migrator decides. */
export function pendingMigrationCount(sqlite: Sqlite, migrationsFolder: string): number {
  const migrations = readMigrationFiles({ migrationsFolder });
  const hasTable = sqlite
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")
    .get(MIGRATIONS_TABLE);
  if (!hasTable) return migrations.length;
  const last = sqlite
    .prepare(`SELECT created_at FROM ${MIGRATIONS_TABLE} ORDER BY created_at DESC LIMIT 1`)
    .get() as { created_at: number } | undefined;
  const lastMillis = last ? Number(last.created_at) : -1;
  return migrations.filter((migration) => migration.folderMillis > lastMillis).length;
}

function hasUserTables(sqlite: Sqlite): boolean {
  return Boolean(sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' LIMIT 1").get());
}

/** A consistent copy of the live db (works in WAL mode, readers and writers keep going). */
export function backupTo(sqlite: Sqlite, file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  sqlite.prepare('VACUUM INTO ?').run(file);
}

/**
 * Applies pending migrations in one transaction after backing up an existing database.
 * On failure the transaction rolls back, the old data stays as it was, and the backup is named in the error.
 */
export function runMigrations(
  sqlite: Sqlite,
  db: Db,
  options: { migrationsFolder: string; backupDir: string; now: number },
): MigrationOutcome {
  const pending = pendingMigrationCount(sqlite, options.migrationsFolder);
  if (pending === 0) return { applied: 0, backupFile: null };

  let backupFile: string | null = null;
  if (hasUserTables(sqlite)) {
    // Named like every other backup, so the Backups page lists it (and the core verifies it at start).
    backupFile = path.join(options.backupDir, backupFileName('pre-migration', options.now));
    backupTo(sqlite, backupFile);
  }
  // Table rebuilds in SQLite migrations need foreign keys off; they are checked once at the end.
  sqlite.pragma('foreign_keys = OFF');
  try {
    migrate(db, { migrationsFolder: options.migrationsFolder, migrationsTable: MIGRATIONS_TABLE });
    const violations = sqlite.pragma('foreign_key_check') as unknown[];
    if (violations.length > 0) throw new Error(`${violations.length} foreign key violations after migration`);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`Database upgrade failed: ${reason}`, backupFile, error);
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
  return { applied: pending, backupFile };
}
