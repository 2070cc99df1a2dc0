import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultMigrationsFolder, DB_FILE_NAME } from '../../src-main/core/create-core';
import { openSqlite } from '../../src-main/db/connection';
import { runMigrations } from '../../src-main/db/migrate';
import { onCleanup, startCore } from '../support/core-harness';
import { makeTempDir } from '../support/temp-dir';

const TAG = /_till_on_the_spot$/;

/** The real migrations up to (not including) the till's on-the-spot column. */
function migrationsBefore(dir: string): string {
  const folder = path.join(dir, 'migrations-before');
  fs.cpSync(defaultMigrationsFolder(), folder, { recursive: true });
  const journalFile = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: Array<{ tag: string }> };
  const at = journal.entries.findIndex((entry) => TAG.test(entry.tag));
  expect(at).toBeGreaterThan(0);
  journal.entries = journal.entries.slice(0, at);
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  return folder;
}

describe('migration: till_on_the_spot', () => {
  it('adds the option to existing plans as off, keeping every other value', async () => {
    const temp = makeTempDir('mb-till-migration-');
    const dataDir = path.join(temp.dir, 'data');
    fs.mkdirSync(dataDir);
    // Deleted after the core started below is closed (cleanups run last-in first-out).
    onCleanup(temp.cleanup);
    // A database as the release before this migration left it, with a plan in it.
    const sqlite = openSqlite(path.join(dataDir, DB_FILE_NAME));
    runMigrations(sqlite, { migrationsFolder: migrationsBefore(temp.dir), backupDir: temp.dir, now: 1 });
    const columns = (sqlite.prepare('PRAGMA table_info(voucher_plans)').all() as Array<{ name: string }>).map((c) => c.name);
    expect(columns).not.toContain('till_on_the_spot');
    sqlite
      .prepare(
        `INSERT INTO voucher_plans (id, router_id, name, hotspot_profile, price_minor, validity_ms, expiry_mode, mac_lock, source, created_at, updated_at)
         VALUES ('0190f5a0-0000-7000-8000-000000000001', NULL, 'Weekly', 'weekly', 25000, 604800000, 'remove', 1, 'app', 10, 20)`,
      )
      .run();
    sqlite.close();

    // The app upgrades it on start (with a backup) and the plan reads back with the option off.
    const h = startCore({}, dataDir);
    expect(h.core.migration.applied).toBeGreaterThanOrEqual(1);
    const row = h.core.services.sqlite.prepare('SELECT * FROM voucher_plans').get() as Record<string, unknown>;
    expect(row).toMatchObject({ name: 'Weekly', hotspot_profile: 'weekly', price_minor: 25000, validity_ms: 604800000, mac_lock: 1, till_on_the_spot: 0, created_at: 10, updated_at: 20 });
    expect(() => h.core.services.sqlite.prepare("UPDATE voucher_plans SET till_on_the_spot = NULL").run()).toThrow(/NOT NULL/);
  });
});
