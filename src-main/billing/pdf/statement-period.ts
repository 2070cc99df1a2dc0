import type { Currency } from '../../../src-shared/domain/money';
import { dateInZone, dayNumber } from '../../../src-shared/domain/civil-date';
import type { LedgerEntry, StatementEntry } from '../../../src-shared/ipc/schemas/billing';
import { sumMinor } from '../amounts';
import { buildStatement } from '../statement';

export interface PeriodRow {
  entry: StatementEntry;
  /** Office-calendar date of the entry. */
  date: string;
  /** Balance after this entry (opening balance + every entry up to it). */
  balanceMinor: number;
}

export interface OpenItem {
  entry: StatementEntry;
  /** The day it fell due (issue date when it has no due date). */
  dueDate: string;
  /** Days past due on the statement's end date; 0 or less is not yet due. */
  daysOverdue: number;
  openMinor: number;
}

export const AGEING_BUCKETS = ['current', '1-30', '31-60', '61-90', '90+'] as const;
export type AgeingBucket = (typeof AGEING_BUCKETS)[number];

export interface StatementPeriod {
  from: string;
  to: string;
  openingMinor: number;
  rows: PeriodRow[];
  closingMinor: number;
  /** Debits still open on `to` (invoices and debit adjustments), oldest first. */
  open: OpenItem[];
  ageing: Record<AgeingBucket, number>;
  /** Credit no debit has used yet on `to`. */
  creditMinor: number;
}

export function bucketOf(daysOverdue: number): AgeingBucket {
  if (daysOverdue <= 0) return 'current';
  if (daysOverdue <= 30) return '1-30';
  if (daysOverdue <= 60) return '31-60';
  if (daysOverdue <= 90) return '61-90';
  return '90+';
}

/**
 * A statement over office-calendar dates [from, to], derived from the ledger like every other figure:
 * the opening balance is the sum of everything before `from`; rows carry a running balance; statuses,
 * open amounts and ageing are the allocation as it stood at the end of `to` (later entries are left out),
 * so a statement printed again later for the same period says the same thing.
 */
export function statementPeriod(input: { customerId: string; currency: Currency; timeZone: string; entries: readonly LedgerEntry[]; from: string; to: string }): StatementPeriod {
  const dated = input.entries.map((entry) => ({ entry, date: dateInZone(entry.occurredAt, input.timeZone) }));
  const upTo = dated.filter((item) => item.date <= input.to);
  const statement = buildStatement(input.customerId, input.currency, upTo.map((item) => item.entry), input.to);
  const openingMinor = sumMinor(upTo.filter((item) => item.date < input.from).map((item) => item.entry.amountMinor));
  let running = openingMinor;
  const rows: PeriodRow[] = [];
  statement.entries.forEach((entry, index) => {
    const date = upTo[index]?.date ?? input.to;
    if (date < input.from) return;
    running += entry.amountMinor;
    rows.push({ entry, date, balanceMinor: running });
  });
  const open = statement.entries.flatMap((entry, index): OpenItem[] => {
    if (entry.openMinor === null || entry.openMinor <= 0) return [];
    const dueDate = entry.dueDate ?? upTo[index]?.date ?? input.to;
    return [{ entry, dueDate, daysOverdue: dayNumber(input.to) - dayNumber(dueDate), openMinor: entry.openMinor }];
  });
  const ageing = Object.fromEntries(AGEING_BUCKETS.map((bucket) => [bucket, 0])) as Record<AgeingBucket, number>;
  for (const item of open) ageing[bucketOf(item.daysOverdue)] += item.openMinor;
  return { from: input.from, to: input.to, openingMinor, rows, closingMinor: statement.balanceMinor, open, ageing, creditMinor: statement.creditMinor };
}
