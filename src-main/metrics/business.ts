import type { Sqlite } from '../db/connection';
import { addDays, dateInZone } from '../../src-shared/domain/civil-date';
import { instantAt } from '../../src-shared/domain/zoned-time';

/** [start, end) of the office-local day holding `now`. */
export function officeDay(now: number, timeZone: string): { from: number; to: number } {
  const today = dateInZone(now, timeZone);
  return { from: instantAt(today, '00:00', timeZone), to: instantAt(addDays(today, 1), '00:00', timeZone) };
}

/** Net voucher sales in the range (a reversal counts −1), through the voucher_sales_sold_at index. */
export const VOUCHERS_SOLD_SQL = `SELECT coalesce(sum(CASE WHEN reverses_sale_id IS NULL THEN 1 ELSE -1 END), 0) AS n FROM voucher_sales WHERE sold_at >= ? AND sold_at < ?`;
/** Money in minus money out per method in the range, through the till_entries_created_at index. */
export const REVENUE_SQL = `SELECT method, coalesce(sum(amount_minor), 0) AS total FROM till_entries WHERE created_at >= ? AND created_at < ? AND kind IN ('tender', 'refund') GROUP BY method`;

export interface BusinessToday {
  vouchersSold: number;
  /** Minor units per till method. */
  revenueByMethod: Map<string, number>;
}

export function businessToday(sqlite: Sqlite, range: { from: number; to: number }): BusinessToday {
  const sold = sqlite.prepare(VOUCHERS_SOLD_SQL).get(range.from, range.to) as { n: number };
  const rows = sqlite.prepare(REVENUE_SQL).all(range.from, range.to) as Array<{ method: string | null; total: number }>;
  return { vouchersSold: sold.n, revenueByMethod: new Map(rows.filter((row) => row.method !== null).map((row) => [row.method as string, row.total])) };
}
