import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src-main/core/clock';
import { createCore, DB_FILE_NAME, defaultMigrationsFolder } from '../../src-main/core/create-core';
import { MigrationError } from '../../src-main/db/migrate';
import { START_TIME, startOfficeWithStaff } from '../support/core-harness';
import { makeTempDir } from '../support/temp-dir';

/**
 * An office that syncs holds rows pulled from other offices naming their operators, which never sync
 * (sync/apply.ts). The next release's migration must still apply there; one that adds bad references of
 * its own must change nothing.
 */
interface Journal {
  entries: Array<{ idx: number; version: string; when: number; tag: string; breakpoints: boolean }>;
}

/** Today's migrations plus one more, as the next release would ship them. */
function withNextRelease(dir: string, tag: string, sql: string): string {
  const folder = path.join(dir, tag);
  fs.cpSync(defaultMigrationsFolder(), folder, { recursive: true });
  const file = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(file, 'utf8')) as Journal;
  const last = journal.entries[journal.entries.length - 1];
  if (!last) throw new Error('no migrations');
  journal.entries.push({ idx: last.idx + 1, version: last.version, when: last.when + 1, tag, breakpoints: true });
  fs.writeFileSync(file, JSON.stringify(journal));
  fs.writeFileSync(path.join(folder, `${tag}.sql`), sql);
  return folder;
}

const FOREIGN_OPERATOR = '0190aaaa-0000-7000-8000-00000000beef';

const PULLED_INVOICE = '0190aaaa-0000-7000-8000-00000000cafe';

/**
 * An office with an invoice of its own and one pulled from another office, which names that office's
 * operator. The pulled row is written as apply.ts writes it: with foreign keys off.
 */
async function officeWithPulledInvoice(): Promise<{ dataDir: string }> {
  const h = await startOfficeWithStaff();
  const customer = await h.must('owner', 'customers.create', { name: 'Dewi Lestari' });
  const invoice = await h.must('owner', 'billing.invoices.create', { customerId: customer.id, lines: [{ description: 'Install', netMinor: 150_000 }] });
  h.core.close();
  const sqlite = new Database(path.join(h.dataDir, DB_FILE_NAME));
  sqlite.pragma('foreign_keys = OFF');
  sqlite.prepare('CREATE TEMP TABLE pulled AS SELECT * FROM ledger_entries WHERE id = ?').run(invoice.entry.id);
  sqlite.prepare("UPDATE pulled SET id = ?, number = 'KB-2026-000001', created_by = ?").run(PULLED_INVOICE, FOREIGN_OPERATOR);
  sqlite.exec('INSERT INTO ledger_entries SELECT * FROM pulled');
  sqlite.close();
  return { dataDir: h.dataDir };
}

function read<T>(dataDir: string, sql: string): T {
  const sqlite = new Database(path.join(dataDir, DB_FILE_NAME), { readonly: true });
  try {
    return sqlite.prepare(sql).get() as T;
  } finally {
    sqlite.close();
  }
}

describe('migrations on an office that syncs', () => {
  it('upgrades a database holding rows that name other offices’ operators, and keeps those rows', async () => {
    const { dataDir } = await officeWithPulledInvoice();
    const temp = makeTempDir('mb-next-release-');
    try {
      const migrationsFolder = withNextRelease(temp.dir, '9999_next_release', 'CREATE TABLE next_release_probe (id text PRIMARY KEY NOT NULL);');
      const core = createCore({ dataDir, clock: new ManualClock(START_TIME + 1), migrationsFolder });
      try {
        expect(core.migration.applied).toBe(1);
        expect(core.services.sqlite.prepare('SELECT created_by FROM ledger_entries WHERE id = ?').pluck().get(PULLED_INVOICE)).toBe(FOREIGN_OPERATOR);
      } finally {
        core.close();
      }
    } finally {
      temp.cleanup();
    }
  });

  it('refuses a migration that adds bad references of its own, and leaves the database as it was', async () => {
    const { dataDir } = await officeWithPulledInvoice();
    const temp = makeTempDir('mb-next-release-');
    try {
      const sql = [
        'CREATE TABLE bad_release_probe (id text PRIMARY KEY NOT NULL, customer_id text REFERENCES customers (id));',
        "INSERT INTO bad_release_probe (id, customer_id) VALUES ('p1', 'no-such-customer');",
      ].join('\n--> statement-breakpoint\n');
      const migrationsFolder = withNextRelease(temp.dir, '9999_bad_release', sql);
      const before = read<{ n: number }>(dataDir, 'SELECT count(*) AS n FROM __drizzle_migrations');
      let thrown: unknown;
      try {
        createCore({ dataDir, clock: new ManualClock(START_TIME + 1), migrationsFolder }).close();
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(MigrationError);
      expect((thrown as MigrationError).message).toMatch(/1 foreign key violations after migration.*bad_release_probe.*no-such-customer/);
      expect((thrown as MigrationError).backupFile).not.toBeNull();
      expect(read<{ n: number }>(dataDir, 'SELECT count(*) AS n FROM __drizzle_migrations')).toEqual(before);
      expect(read<{ n: number }>(dataDir, "SELECT count(*) AS n FROM sqlite_master WHERE name = 'bad_release_probe'").n).toBe(0);
    } finally {
      temp.cleanup();
    }
  });
});
