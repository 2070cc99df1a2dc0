import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createCore, DB_FILE_NAME, defaultMigrationsFolder } from '../../src-main/core/create-core';
import { openSqlite, type Sqlite } from '../../src-main/db/connection';
import { runMigrations } from '../../src-main/db/migrate';
import { ManualClock } from '../../src-main/core/clock';
import { START_TIME } from '../support/core-harness';
import { makeTempDir } from '../support/temp-dir';

interface Journal {
  entries: Array<{ idx: number; tag: string }>;
}

const journal = JSON.parse(fs.readFileSync(path.join(defaultMigrationsFolder(), 'meta', '_journal.json'), 'utf8')) as Journal;

/** The migrations folder as an earlier release shipped it: only the first `count` migrations. */
function firstMigrations(count: number, dir: string): string {
  const folder = path.join(dir, `migrations-${count}`);
  fs.cpSync(defaultMigrationsFolder(), folder, { recursive: true });
  const file = path.join(folder, 'meta', '_journal.json');
  const full = JSON.parse(fs.readFileSync(file, 'utf8')) as Journal;
  fs.writeFileSync(file, JSON.stringify({ ...full, entries: full.entries.slice(0, count) }));
  return folder;
}

function userTables(sqlite: Sqlite): string[] {
  return (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%' ORDER BY name").all() as Array<{ name: string }>).map(
    (row) => row.name,
  );
}

interface Column {
  name: string;
  type: string;
  notnull: number;
  dflt_value: string | null;
  pk: number;
}

/** Columns the app parses when it starts: an old version would have stored real values there. */
const KNOWN: Record<string, unknown> = {
  time_zone: 'Asia/Jakarta',
  locale: 'id-ID',
  currency_code: 'IDR',
  currency_exponent: 0,
  code: 'WJ',
  value: '{}',
  payload: '{}',
  details: '{}',
  attributes: '{}',
};

/** A value for a column nobody filled: a known one, else shaped by its declared type, unique per row. */
function filler(column: Column, n: number): unknown {
  if (Object.hasOwn(KNOWN, column.name)) return KNOWN[column.name];
  if (/_json$/.test(column.name)) return '{}';
  const type = column.type.toUpperCase();
  if (type.includes('INT')) return /(_at|time|date)$/i.test(column.name) ? START_TIME + n : n;
  if (type.includes('REAL') || type.includes('NUM')) return n;
  if (type.includes('BLOB')) return Buffer.from([n]);
  return `${column.name}-${n}`;
}

/**
 * One row in every table it can fill, as an old version's data would have: foreign keys point at rows
 * already there (tables are retried until no more can be filled); a row a CHECK or trigger refuses is
 * skipped. Returns the tables that got a row.
 */
function seedEveryTable(sqlite: Sqlite): Set<string> {
  const seeded = new Set<string>();
  let n = 1;
  for (let progress = true; progress; ) {
    progress = false;
    for (const table of userTables(sqlite)) {
      if (seeded.has(table)) continue;
      const columns = sqlite.pragma(`table_info("${table}")`) as Column[];
      const keys = sqlite.pragma(`foreign_key_list("${table}")`) as Array<{ table: string; from: string; to: string | null }>;
      const row: Record<string, unknown> = {};
      let missingParent = false;
      for (const column of columns) {
        const key = keys.find((fk) => fk.from === column.name);
        if (key) {
          const parent = sqlite.prepare(`SELECT "${key.to ?? 'rowid'}" AS v FROM "${key.table}" LIMIT 1`).get() as { v: unknown } | undefined;
          if (parent) row[column.name] = parent.v;
          else if (column.notnull) missingParent = true;
        } else if (column.notnull && column.dflt_value === null) row[column.name] = filler(column, n);
        else if (column.pk && !column.type.toUpperCase().includes('INT')) row[column.name] = filler(column, n);
      }
      if (missingParent) continue;
      const names = Object.keys(row);
      try {
        const sql = names.length
          ? `INSERT INTO "${table}" (${names.map((name) => `"${name}"`).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`
          : `INSERT INTO "${table}" DEFAULT VALUES`;
        sqlite.prepare(sql).run(...names.map((name) => row[name]));
        seeded.add(table);
        progress = true;
        n += 1;
      } catch {
        // A CHECK constraint or a guard trigger refused made-up values: that table stays empty.
      }
    }
  }
  return seeded;
}

/** Summaries the core rebuilds from their source rows at start (a made-up summary row is dropped then). */
const DERIVED = new Set(['report_sales_daily']);

function counts(file: string): Map<string, number> {
  const sqlite = new Database(file, { readonly: true });
  try {
    return new Map(userTables(sqlite).map((table) => [table, (sqlite.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n]));
  } finally {
    sqlite.close();
  }
}

describe('migrations: every upgrade path from the first release', () => {
  it('applies every migration to an empty database', () => {
    const { dir, cleanup } = makeTempDir('mb-migrate-');
    try {
      const core = createCore({ dataDir: dir, clock: new ManualClock(START_TIME) });
      expect(core.migration.applied).toBe(journal.entries.length);
      expect(core.services.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      core.close();
    } finally {
      cleanup();
    }
  });

  it.each(journal.entries.slice(0, -1).map((entry) => [entry.tag, entry.idx + 1] as const))(
    'a database last migrated at %s, holding rows, upgrades to the latest with its rows kept',
    (_tag, applied) => {
      const { dir, cleanup } = makeTempDir('mb-migrate-');
      try {
        const file = path.join(dir, DB_FILE_NAME);
        const old = openSqlite(file);
        runMigrations(old, { migrationsFolder: firstMigrations(applied, path.join(dir, '..', path.basename(dir) + '-m')), backupDir: path.join(dir, 'backups'), now: START_TIME });
        const seeded = seedEveryTable(old);
        old.close();
        // The core tables of the first release always take a row, so the test cannot pass on an empty db.
        expect(seeded.size).toBeGreaterThanOrEqual(3);
        const before = counts(file);

        const core = createCore({ dataDir: dir, clock: new ManualClock(START_TIME + 1) });
        try {
          expect(core.migration.applied).toBe(journal.entries.length - applied);
          expect(core.migration.backupFile).not.toBeNull();
          expect(core.services.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
          expect(core.services.sqlite.pragma('foreign_key_check')).toEqual([]);
        } finally {
          core.close();
        }
        const after = counts(file);
        for (const table of seeded) {
          if (after.has(table) && !DERIVED.has(table)) expect(after.get(table), `${table} lost rows`).toBeGreaterThanOrEqual(before.get(table) ?? 0);
        }
      } finally {
        fs.rmSync(path.join(dir, '..', path.basename(dir) + '-m'), { recursive: true, force: true });
        cleanup();
      }
    },
    60_000,
  );
});
