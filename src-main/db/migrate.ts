import fs from 'node:fs';
import path from 'node:path';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import type { Sqlite } from './connection';
import { foreignKeyViolations, violationsAdded } from './foreign-keys';
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
 * Runs the migrations newer than the last recorded one, as drizzle's migrator does (same table, same
 * rows), but with the foreign-key check inside the transaction: drizzle commits before a caller could
 * check, and a migration that left bad references would then stay applied. Table rebuilds need foreign
 * keys off, so they are checked once at the end; rows pulled from other offices name rows that never
 * sync (foreign-keys.ts), so only violations the migrations added count.
 */
function applyInOneTransaction(sqlite: Sqlite, migrationsFolder: string): void {
  sqlite.exec(`CREATE TABLE IF NOT EXISTS "${MIGRATIONS_TABLE}" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)`);
  const last = sqlite.prepare(`SELECT created_at FROM "${MIGRATIONS_TABLE}" ORDER BY created_at DESC LIMIT 1`).get() as { created_at: number } | undefined;
  const pending = readMigrationFiles({ migrationsFolder }).filter((migration) => !last || Number(last.created_at) < migration.folderMillis);
  const before = foreignKeyViolations(sqlite);
  const record = sqlite.prepare(`INSERT INTO "${MIGRATIONS_TABLE}" ("hash", "created_at") VALUES (?, ?)`);
  sqlite.exec('BEGIN');
  try {
    for (const migration of pending) {
      for (const statement of migration.sql) sqlite.exec(statement);
      record.run(migration.hash, migration.folderMillis);
    }
    const added = violationsAdded(before, foreignKeyViolations(sqlite));
    if (added.length > 0) throw new Error(`${added.length} foreign key violations after migration, e.g. ${JSON.stringify(added.slice(0, 3))}`);
    sqlite.exec('COMMIT');
  } catch (error) {
    sqlite.exec('ROLLBACK');
    throw error;
  }
}

/**
 * Applies pending migrations in one transaction after backing up an existing database.
 * On failure the transaction rolls back, the old data stays as it was, and the backup is named in the error.
 */
export function runMigrations(sqlite: Sqlite, options: { migrationsFolder: string; backupDir: string; now: number }): MigrationOutcome {
  const pending = pendingMigrationCount(sqlite, options.migrationsFolder);
  if (pending === 0) return { applied: 0, backupFile: null };

  let backupFile: string | null = null;
  if (hasUserTables(sqlite)) {
    // Named like every other backup, so the Backups page lists it (and the core verifies it at start).
    backupFile = path.join(options.backupDir, backupFileName('pre-migration', options.now));
    backupTo(sqlite, backupFile);
  }
  sqlite.pragma('foreign_keys = OFF');
  try {
    applyInOneTransaction(sqlite, options.migrationsFolder);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`Database upgrade failed: ${reason}`, backupFile, error);
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
  return { applied: pending, backupFile };
}
