import type { Sqlite } from '../db/connection';
import { dateInZone, dayNumber } from '../../src-shared/domain/civil-date';
import type { ChurnReport, ChurnRow } from '../../src-shared/ipc/schemas/reports';
import { periodKeys } from './periods';

/**
 * Subscriber churn per office month: subscriptions created, cancelled and suspended in the month.
 * Billing keeps no suspension history: `suspended_at` is the start of the current suspension and is
 * cleared on reactivation, so "suspended" counts subscriptions still suspended, in the month their
 * suspension began (docs/decisions/0014-reports.md).
 */
export function churnReport(sqlite: Sqlite, input: { from: string; to: string; timeZone: string }): ChurnReport {
  const subs = sqlite
    .prepare('SELECT created_at AS createdAt, cancelled_at AS cancelledAt, suspended_at AS suspendedAt FROM subscriptions')
    .all() as Array<{ createdAt: number; cancelledAt: number | null; suspendedAt: number | null }>;
  const from = dayNumber(input.from);
  const to = dayNumber(input.to);
  const rows = new Map<string, ChurnRow>(periodKeys(from, to, 'month').map((month) => [month, { month, newCount: 0, cancelledCount: 0, suspendedCount: 0, netChange: 0 }]));
  const monthOf = (at: number | null): ChurnRow | undefined => {
    if (at === null) return undefined;
    const date = dateInZone(at, input.timeZone);
    const day = dayNumber(date);
    return day >= from && day <= to ? rows.get(date.slice(0, 7)) : undefined;
  };
  for (const sub of subs) {
    const created = monthOf(sub.createdAt);
    if (created) created.newCount += 1;
    const cancelled = monthOf(sub.cancelledAt);
    if (cancelled) cancelled.cancelledCount += 1;
    const suspended = monthOf(sub.suspendedAt);
    if (suspended) suspended.suspendedCount += 1;
  }
  const list = [...rows.values()].map((row) => ({ ...row, netChange: row.newCount - row.cancelledCount }));
  const totals = list.reduce(
    (sum, row) => ({ newCount: sum.newCount + row.newCount, cancelledCount: sum.cancelledCount + row.cancelledCount, suspendedCount: sum.suspendedCount + row.suspendedCount, netChange: sum.netChange + row.netChange }),
    { newCount: 0, cancelledCount: 0, suspendedCount: 0, netChange: 0 },
  );
  return { from: input.from, to: input.to, rows: list, totals };
}
