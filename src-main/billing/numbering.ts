import { sql } from 'drizzle-orm';
import type { Db } from '../db/connection';
import { numberSequences } from '../db/schema';
import { dateInZone } from '../../src-shared/domain/civil-date';

/**
 * Takes the next value of a per-office counter. Must run inside the transaction that uses the number:
 * a rollback takes the increment with it, so a failed create burns no number (gapless). SQLite
 * serialises writers, so two tills cannot draw the same value.
 */
export function nextSequenceValue(db: Db, key: string): number {
  const row = db
    .insert(numberSequences)
    .values({ key, value: 1 })
    .onConflictDoUpdate({ target: numberSequences.key, set: { value: sql`${numberSequences.value} + 1` } })
    .returning({ value: numberSequences.value })
    .get();
  return row.value;
}

/** The invoice year is the office-calendar year of the issue instant (a 31 Dec evening abroad is still that year at home). */
export function invoiceYear(epochMs: number, timeZone: string): string {
  return dateInZone(epochMs, timeZone).slice(0, 4);
}

/** `OFFICE-YYYY-NNNNNN`: per office and year, gapless; more than 999,999 in a year just grows the number. */
export function nextInvoiceNumber(db: Db, officeCode: string, timeZone: string, now: number): string {
  const year = invoiceYear(now, timeZone);
  const value = nextSequenceValue(db, `invoice:${year}`);
  return `${officeCode}-${year}-${String(value).padStart(6, '0')}`;
}

export const ACCOUNT_SEQUENCE_KEY = 'customer-account';

/** Expands an account-number format: `{OFFICE}`, `{YYYY}`, `{SEQ}` and `{SEQ:n}` (zero-padded). */
export function formatAccountNumber(format: string, values: { officeCode: string; year: string; seq: number }): string {
  return format
    .replaceAll('{OFFICE}', values.officeCode)
    .replaceAll('{YYYY}', values.year)
    .replace(/\{SEQ(?::(\d+))?\}/, (_match, width: string | undefined) => String(values.seq).padStart(Number(width ?? '0'), '0'));
}
