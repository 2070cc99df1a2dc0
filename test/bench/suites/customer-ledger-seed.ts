import type { Sqlite } from '../../../src-main/db/connection';

/** Months of history each seeded customer gets: an invoice and (mostly) its payment per month. */
export const LEDGER_MONTHS = 12;
const DAY_MS = 86_400_000;

/**
 * A year of ledger for every customer, written in one set-based INSERT (the ledger is insert-only, so
 * this is how a real office's table grows): per month an invoice of 150,000 and, except the last month
 * of every third customer, its payment, so the search results show owing and settled balances alike.
 * Returns the number of entries written.
 */
export function seedLedger(sqlite: Sqlite, startMs: number): number {
  const insert = sqlite.prepare(`
    WITH RECURSIVE month(m) AS (SELECT 0 UNION ALL SELECT m + 1 FROM month WHERE m < ${LEDGER_MONTHS - 1}),
    kinds(k) AS (VALUES ('invoice'), ('payment'))
    INSERT INTO ledger_entries (id, customer_id, kind, number, amount_minor, occurred_at, due_date, method, reference, memo, subscription_id, voids_entry_id, created_by, created_at)
    SELECT
      printf('%08x-%04x-7000-8%03x-000000000000', c.search_key, m, CASE k WHEN 'invoice' THEN 0 ELSE 1 END),
      c.id,
      k,
      CASE k WHEN 'invoice' THEN printf('BO-2025-%07d', (c.search_key - 1) * ${LEDGER_MONTHS} + m + 1) END,
      CASE k WHEN 'invoice' THEN 150000 ELSE -150000 END,
      @start + m * 30 * ${DAY_MS} + CASE k WHEN 'invoice' THEN 0 ELSE 5 * ${DAY_MS} END + c.search_key,
      CASE k WHEN 'invoice' THEN date(( @start + m * 30 * ${DAY_MS}) / 1000, 'unixepoch', '+7 days') END,
      CASE k WHEN 'payment' THEN 'cash' END,
      NULL, '', NULL, NULL, NULL,
      @start + m * 30 * ${DAY_MS}
    FROM customers c, month, kinds
    WHERE NOT (k = 'payment' AND m = ${LEDGER_MONTHS - 1} AND c.search_key % 3 = 0)
  `);
  return insert.run({ start: startMs }).changes;
}
