import type { Sqlite } from '../../src-main/db/connection';
import { dateInZone, dayNumber } from '../../src-shared/domain/civil-date';

interface EntryRow {
  created_at: number;
  kind: string;
  operator_id: string | null;
  plan_id: string | null;
  method: string | null;
  ledger_entry_id: string | null;
  amount_minor: number;
}

/**
 * The daily summary recomputed in JS from `till_entries`, with Intl's idea of the office day (not the
 * offsets table the trigger uses): key → "amount/count". An independent model for the tests.
 */
export function recomputeSummary(sqlite: Sqlite, timeZone: string): Map<string, string> {
  const rows = sqlite.prepare('SELECT created_at, kind, operator_id, plan_id, method, ledger_entry_id, amount_minor FROM till_entries').all() as EntryRow[];
  const sums = new Map<string, { amount: number; count: number }>();
  for (const row of rows) {
    const kind = row.kind === 'void' ? (row.ledger_entry_id === null ? 'void_sale' : 'void_payment') : row.kind;
    const key = [dayNumber(dateInZone(row.created_at, timeZone)), kind, row.operator_id ?? '', row.plan_id ?? '', row.method ?? ''].join('|');
    const sum = sums.get(key) ?? { amount: 0, count: 0 };
    sum.amount += row.amount_minor;
    sum.count += 1;
    sums.set(key, sum);
  }
  return new Map([...sums.entries()].map(([key, sum]) => [key, `${sum.amount}/${sum.count}`]));
}

export function storedSummary(sqlite: Sqlite): Map<string, string> {
  const rows = sqlite.prepare('SELECT day, kind, operator_id, plan_key, method, amount_minor, entry_count FROM report_sales_daily').all() as Array<{
    day: number;
    kind: string;
    operator_id: string;
    plan_key: string;
    method: string;
    amount_minor: number;
    entry_count: number;
  }>;
  return new Map(rows.map((r) => [[r.day, r.kind, r.operator_id, r.plan_key, r.method].join('|'), `${r.amount_minor}/${r.entry_count}`]));
}
