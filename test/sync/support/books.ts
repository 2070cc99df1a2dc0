import { createHash } from 'node:crypto';
import type { Sqlite } from '../../../src-main/db/connection';
import { syncedTables } from '../../../src-main/sync/tables';
import type { TestDatabase } from './postgres';

/**
 * An office's books as sync sees them, for comparing offices and central. No vitest import: the crash
 * harness's checks use these too.
 */

/** Every synced table, synced columns only (tables.ts), rows by id: what must be equal everywhere. */
export function snapshot(sqlite: Sqlite): Record<string, unknown[]> {
  return Object.fromEntries(
    syncedTables().map((info) => {
      const columns = info.columns.map((column) => column.name).join(', ');
      const where = info.factWhen ? `WHERE ${info.factWhen.replaceAll('NEW.', '')}` : '';
      return [info.name, sqlite.prepare(`SELECT ${columns} FROM ${info.name} ${where} ORDER BY id`).all()];
    }),
  );
}

/** Balance per customer, derived from the ledger the way the app does (sum of signed entries). */
export function balances(sqlite: Sqlite): Record<string, number> {
  const rows = sqlite
    .prepare('SELECT c.id, coalesce(sum(e.amount_minor), 0) AS balance FROM customers c LEFT JOIN ledger_entries e ON e.customer_id = c.id GROUP BY c.id')
    .all() as Array<{ id: string; balance: number }>;
  return Object.fromEntries(rows.map((row) => [row.id, row.balance]));
}

export async function centralBalances(db: TestDatabase): Promise<Record<string, number>> {
  const rows = await db.adminQuery<{ customer_id: string; balance_minor: string }>('SELECT customer_id, balance_minor FROM mb.customer_balances');
  return Object.fromEntries(rows.map((row) => [row.customer_id, Number(row.balance_minor)]));
}

export function count(sqlite: Sqlite, sql: string, ...params: unknown[]): number {
  return (sqlite.prepare(sql).get(...params) as { n: number }).n;
}

/** Per synced table: its row count and a hash of its synced rows, so two offices compare without holding both. */
export function booksDigest(sqlite: Sqlite): Record<string, { rows: number; sha256: string }> {
  return Object.fromEntries(
    Object.entries(snapshot(sqlite)).map(([table, rows]) => [table, { rows: rows.length, sha256: createHash('sha256').update(JSON.stringify(rows)).digest('hex') }]),
  );
}
