import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createCore, DB_FILE_NAME, defaultMigrationsFolder } from '../../src-main/core/create-core';
import { MigrationError } from '../../src-main/db/migrate';
import { ManualClock } from '../../src-main/core/clock';
import { OFFICE_INPUT, START_TIME } from '../support/core-harness';
import { makeTempDir } from '../support/temp-dir';

/** A copy of the real migrations plus one extra migration with the given SQL. */
function migrationsWith(extraSql: string, dir: string): string {
  const folder = path.join(dir, 'migrations');
  fs.cpSync(defaultMigrationsFolder(), folder, { recursive: true });
  const journalFile = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as {
    entries: Array<{ idx: number; version: string; when: number; tag: string; breakpoints: boolean }>;
  };
  const last = journal.entries[journal.entries.length - 1]!;
  const tag = `${String(last.idx + 1).padStart(4, '0')}_extra`;
  journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag });
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  fs.writeFileSync(path.join(folder, `${tag}.sql`), extraSql);
  return folder;
}

async function seed(dataDir: string): Promise<void> {
  const core = createCore({ dataDir, clock: new ManualClock(START_TIME) });
  await core.registry.call({ clientId: 'c', trusted: true }, 'setup.createOffice', { input: OFFICE_INPUT });
  core.close();
}

function dump(file: string): unknown {
  const db = new Database(file, { readonly: true });
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name").all() as { name: string }[];
  const out = Object.fromEntries(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}"`).all()]));
  db.close();
  return out;
}

describe('migrations', () => {
  it('backs up an existing database before upgrading it, and applies nothing twice', async () => {
    const { dir, cleanup } = makeTempDir();
    try {
      await seed(dir);
      const folder = migrationsWith('CREATE TABLE extra_things (id text PRIMARY KEY);', dir);
      const core = createCore({ dataDir: dir, migrationsFolder: folder, clock: new ManualClock(START_TIME + 1) });
      expect(core.migration.applied).toBe(1);
      expect(core.migration.backupFile).not.toBeNull();
      const backup = new Database(core.migration.backupFile!, { readonly: true });
      expect(backup.prepare('SELECT name FROM office').get()).toEqual({ name: 'Warnet Jaya' });
      backup.close();
      core.close();
      const again = createCore({ dataDir: dir, migrationsFolder: folder });
      expect(again.migration).toEqual({ applied: 0, backupFile: null });
      again.close();
    } finally {
      cleanup();
    }
  });

  it('a failed migration leaves the data as it was and says where the backup is', async () => {
    const { dir, cleanup } = makeTempDir();
    try {
      await seed(dir);
      const file = path.join(dir, DB_FILE_NAME);
      const before = dump(file);
      const folder = migrationsWith(
        'CREATE TABLE half_done (id text);\n--> statement-breakpoint\nALTER TABLE no_such_table ADD COLUMN x text;',
        dir,
      );
      let caught: unknown;
      try {
        createCore({ dataDir: dir, migrationsFolder: folder });
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(MigrationError);
      expect((caught as MigrationError).message).toMatch(/no_such_table/);
      expect(fs.existsSync((caught as MigrationError).backupFile!)).toBe(true);
      expect(dump(file)).toEqual(before);
      // The old version still opens it normally.
      const core = createCore({ dataDir: dir });
      expect(core.migration.applied).toBe(0);
      core.close();
    } finally {
      cleanup();
    }
  });

  it('sets WAL, foreign keys and a busy timeout on the connection', () => {
    const { dir, cleanup } = makeTempDir();
    try {
      const core = createCore({ dataDir: dir });
      const sqlite = core.services.sqlite;
      expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
      core.close();
    } finally {
      cleanup();
    }
  });
});
