import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';

/**
 * Central (Postgres) schema migrator: plain SQL files `NNNN_name.sql`, applied in order, each in its own
 * transaction together with its `schema_migrations` row, so a failing file leaves the database as the
 * previous file left it. A session advisory lock keeps two admins (or two CI jobs) from migrating at once.
 */

export const CENTRAL_MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Arbitrary fixed key ("mb-sync" in ASCII, truncated) for pg_advisory_lock. */
const MIGRATION_LOCK_KEY = 0x6d622d73;
const FILE_NAME = /^(\d{4})_([a-z0-9_]+)\.sql$/;

export interface CentralMigration {
  version: number;
  name: string;
  file: string;
}

export class CentralMigrationError extends Error {
  readonly migration: string;

  constructor(migration: string, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`Central migration ${migration} failed: ${reason}`, { cause });
    this.name = 'CentralMigrationError';
    this.migration = migration;
  }
}

/** The migration files of a folder, in version order; a misnamed or duplicate-numbered file is an error. */
export function listCentralMigrations(dir: string = CENTRAL_MIGRATIONS_DIR): CentralMigration[] {
  const found = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.sql'))
    .map((name) => {
      const match = FILE_NAME.exec(name);
      if (!match) throw new CentralMigrationError(name, new Error('file name must be NNNN_name.sql'));
      return { version: Number(match[1]), name: match[2] ?? '', file: path.join(dir, name) };
    })
    .sort((a, b) => a.version - b.version);
  found.forEach((migration, index) => {
    if (index > 0 && found[index - 1]?.version === migration.version) {
      throw new CentralMigrationError(path.basename(migration.file), new Error('duplicate version number'));
    }
  });
  return found;
}

async function appliedVersions(client: pg.ClientBase): Promise<Set<number>> {
  await client.query(
    `CREATE TABLE IF NOT EXISTS public.schema_migrations (
       version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
  );
  const result = await client.query<{ version: number }>('SELECT version FROM public.schema_migrations');
  return new Set(result.rows.map((row) => row.version));
}

async function applyOne(client: pg.ClientBase, migration: CentralMigration): Promise<void> {
  const sql = fs.readFileSync(migration.file, 'utf8');
  await client.query('BEGIN');
  try {
    await client.query(sql);
    await client.query('INSERT INTO public.schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw new CentralMigrationError(path.basename(migration.file), error);
  }
}

/** Applies the pending migrations on one connection (not a pool: the advisory lock is per session). */
export async function migrateCentral(client: pg.ClientBase, dir: string = CENTRAL_MIGRATIONS_DIR): Promise<{ applied: string[] }> {
  const migrations = listCentralMigrations(dir);
  await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
  try {
    // Read under the lock: another migrator may have just finished.
    const done = await appliedVersions(client);
    const applied: string[] = [];
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      await applyOne(client, migration);
      applied.push(path.basename(migration.file));
    }
    return { applied };
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
  }
}
