import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultMigrationsFolder } from '../../src-main/core/create-core';
import { openSqlite } from '../../src-main/db/connection';
import { runMigrations } from '../../src-main/db/migrate';
import { syncSummaryZone } from '../../src-main/reports/summary-zone';
import { makeTempDir } from '../support/temp-dir';
import { recomputeSummary, storedSummary } from './recompute';

/**
 * The real migrations before `nextTag` (the database as it was then). Later migrations are cut off too,
 * so the step under test is 0013 alone however many migrations come after it.
 */
function migrationsBefore(dir: string, nextTag: string): string {
  const folder = path.join(dir, `migrations-before-${nextTag}`);
  fs.cpSync(defaultMigrationsFolder(), folder, { recursive: true });
  const journalFile = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: Array<{ tag: string }> };
  journal.entries = journal.entries.filter((entry) => entry.tag < nextTag);
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  return folder;
}

const ENTRY_SQL = `INSERT INTO till_entries (id, receipt_id, shift_id, operator_id, kind, method, amount_minor, plan_id, ledger_entry_id, voids_entry_id, created_at)
  VALUES (@id, 'r1', 's1', @op, @kind, @method, @amount, @plan, @ledger, @voids, @at)`;

describe('migration 0013_reports', () => {
  it('backfills the summary from existing till entries; the zone sync re-keys it; the trigger follows new ones', () => {
    const { dir, cleanup } = makeTempDir();
    const sqlite = openSqlite(path.join(dir, 'db.sqlite'));
    try {
      runMigrations(sqlite, { migrationsFolder: migrationsBefore(dir, '0013'), backupDir: dir, now: 1 });
      for (const op of ['op1', 'op2']) {
        sqlite.prepare("INSERT INTO operators (id, username, username_key, display_name, role, password_hash, created_at, updated_at) VALUES (?, ?, ?, ?, 'cashier', 'x', 1, 1)").run(op, op, op, op);
      }
      sqlite.prepare("INSERT INTO till_shifts (id, operator_id, workstation_id, opened_at, opening_floats) VALUES ('s1', 'op1', 'w1', 1, '{}')").run();
      sqlite.prepare("INSERT INTO till_receipts (id, shift_id, kind, total_minor, tendered_minor, change_minor, created_at) VALUES ('r1', 's1', 'sale', 0, 0, 0, 1)").run();
      sqlite.prepare("INSERT INTO customers (id, search_key, account_number, name, status, created_at, updated_at) VALUES ('c1', 1, 'A-1', 'Budi', 'active', 1, 1)").run();
      sqlite.prepare("INSERT INTO ledger_entries (id, customer_id, kind, amount_minor, occurred_at, method, created_at) VALUES ('l1', 'c1', 'payment', -7000, 1, 'cash', 1)").run();
      const insert = sqlite.prepare(ENTRY_SQL);
      const at = (iso: string): number => Date.parse(iso);
      let n = 0;
      const entry = (kind: string, amount: number, iso: string, extra: { op?: string; method?: string; plan?: string; ledger?: string } = {}): void => {
        n += 1;
        insert.run({ id: `e${n}`, op: extra.op ?? 'op1', kind, method: extra.method ?? null, amount, plan: extra.plan ?? null, ledger: extra.ledger ?? null, voids: kind === 'void' ? `e${n - 1}` : null, at: at(iso) });
      };
      entry('sale', 5000, '2026-03-28T22:30:00Z', { plan: 'pA' });
      entry('tender', 5000, '2026-03-28T22:30:00Z', { method: 'cash' });
      entry('sale', 3000, '2026-03-28T23:30:00Z', { plan: 'pB', op: 'op2' });
      entry('void', -3000, '2026-03-29T23:30:00Z', { plan: 'pB', op: 'op2' });
      entry('refund', -3000, '2026-03-29T23:30:00Z', { method: 'cash', op: 'op2' });
      entry('payment', 7000, '2026-03-31T22:30:00Z', { ledger: 'l1' });
      entry('void', -7000, '2026-04-01T10:00:00Z', { ledger: 'l1' });
      const outcome = runMigrations(sqlite, { migrationsFolder: migrationsBefore(dir, '0014'), backupDir: dir, now: 2 });
      expect(outcome.applied).toBe(1);
      // No zone offsets yet: the backfill keys days in UTC, exactly as a UTC recompute does.
      expect(storedSummary(sqlite)).toEqual(recomputeSummary(sqlite, 'UTC'));
      expect(storedSummary(sqlite).size).toBe(7);
      expect(sqlite.prepare("SELECT kind FROM report_sales_daily WHERE amount_minor = -7000").pluck().get()).toBe('void_payment');
      expect(sqlite.prepare("SELECT kind FROM report_sales_daily WHERE amount_minor = -3000 AND method = ''").pluck().get()).toBe('void_sale');
      // The office zone arrives (start-up or the first report): days become office days.
      expect(syncSummaryZone(sqlite, 'Europe/Berlin', 3)).toBe(true);
      const berlin = storedSummary(sqlite);
      expect(berlin).toEqual(recomputeSummary(sqlite, 'Europe/Berlin'));
      expect(berlin).not.toEqual(recomputeSummary(sqlite, 'UTC'));
      entry('sale', 1000, '2026-03-31T22:30:00Z', { plan: 'pA' });
      expect(storedSummary(sqlite)).toEqual(recomputeSummary(sqlite, 'Europe/Berlin'));
    } finally {
      sqlite.close();
      cleanup();
    }
  });
});
