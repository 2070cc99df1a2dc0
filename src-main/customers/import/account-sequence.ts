import { sql } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import { numberSequences } from '../../db/schema';
import { ACCOUNT_SEQUENCE_KEY, formatAccountNumber, nextSequenceValue } from '../../billing/numbering';

export interface FormatValues {
  format: string;
  officeCode: string;
  year: string;
}

/**
 * The sequence value an account number stands for under the office's format (`WJ-000042` → 42 for
 * `{OFFICE}-{SEQ:6}`), or null when the format could never produce it.
 */
export function sequenceOf(accountNumber: string, { format, officeCode, year }: FormatValues): number | null {
  const pieces = format.replaceAll('{OFFICE}', officeCode).replaceAll('{YYYY}', year).split(/\{SEQ(?::\d+)?\}/);
  const [prefix, suffix] = pieces;
  if (pieces.length !== 2 || prefix === undefined || suffix === undefined) return null;
  if (!accountNumber.startsWith(prefix) || !accountNumber.endsWith(suffix)) return null;
  const digits = accountNumber.slice(prefix.length, accountNumber.length - suffix.length);
  if (!/^\d{1,15}$/.test(digits)) return null;
  const seq = Number(digits);
  return formatAccountNumber(format, { officeCode, year, seq }) === accountNumber ? seq : null;
}

/**
 * Moves the account-number sequence past imported numbers the office's format could produce, so the
 * next customer made in the app (or a blank account number in this import) does not collide with one.
 * Runs in the import's transaction: a rollback takes the move back.
 */
export function reserveImportedNumbers(db: Db, accountNumbers: readonly string[], values: FormatValues): void {
  let top = 0;
  for (const accountNumber of accountNumbers) top = Math.max(top, sequenceOf(accountNumber, values) ?? 0);
  if (top === 0) return;
  db.insert(numberSequences)
    .values({ key: ACCOUNT_SEQUENCE_KEY, value: top })
    .onConflictDoUpdate({ target: numberSequences.key, set: { value: sql`max(${numberSequences.value}, excluded.value)` } })
    .run();
}

/**
 * Draws the next account numbers of the office sequence, as `CustomerService` does for one customer,
 * with the office code and format read once for the whole import instead of once per row. Must run
 * inside the import's transaction (gapless: a rollback returns every number drawn).
 */
export function accountNumberDrawer(db: Db, values: FormatValues): () => string {
  return () => formatAccountNumber(values.format, { officeCode: values.officeCode, year: values.year, seq: nextSequenceValue(db, ACCOUNT_SEQUENCE_KEY) });
}
