import type Database from 'better-sqlite3';
import { getTableName } from 'drizzle-orm';
import type { Db, Sqlite } from '../db/connection';
import { numberSequences } from '../db/schema';
import { dateInZone } from '../../src-shared/domain/civil-date';

/**
 * Takes the next value of a per-office counter. Must run inside the transaction that uses the number:
 * a rollback takes the increment with it, so a failed create burns no number (gapless). SQLite
 * serialises writers, so two tills cannot draw the same value.
 */
export function nextSequenceValue(db: Db, key: string): number {
  const row = nextValueStatement(db).get(key) as { value: number };
  return row.value;
}

/** The connection under a drizzle handle (drizzle sets `$client`; its Db type does not show it). */
export function clientOf(db: Db): Sqlite {
  return (db as Db & { $client: Sqlite }).$client;
}

const nextValueStatements = new WeakMap<Db, Database.Statement<[string]>>();

/** Prepared once per connection: a billing run draws tens of thousands of numbers (P6). */
function nextValueStatement(db: Db): Database.Statement<[string]> {
  let statement = nextValueStatements.get(db);
  if (statement === undefined) {
    statement = clientOf(db).prepare<[string]>(
      `INSERT INTO ${getTableName(numberSequences)} (key, value) VALUES (?, 1) ON CONFLICT (key) DO UPDATE SET value = value + 1 RETURNING value`,
    );
    nextValueStatements.set(db, statement);
  }
  return statement;
}

/** The invoice year is the office-calendar year of the issue instant (a 31 Dec evening abroad is still that year at home). */
export function invoiceYear(epochMs: number, timeZone: string): string {
  return dateInZone(epochMs, timeZone).slice(0, 4);
}

/** `OFFICE-YYYY-NNNNNN`: per office and year, gapless; more than 999,999 in a year just grows the number. */
export function nextInvoiceNumber(db: Db, officeCode: string, timeZone: string, now: number): string {
  const year = invoiceYear(now, timeZone);
  return formatInvoiceNumber(officeCode, year, nextSequenceValue(db, `invoice:${year}`));
}

function formatInvoiceNumber(officeCode: string, year: string, value: number): string {
  return `${officeCode}-${year}-${String(value).padStart(6, '0')}`;
}

/**
 * `count` consecutive invoice numbers drawn in one statement (a billing-run chunk's invoices), in the
 * caller's transaction like `nextInvoiceNumber`, so they are gapless the same way. Returns the
 * number at each offset 0 … count-1.
 */
export function invoiceNumberBlock(db: Db, officeCode: string, timeZone: string, now: number, count: number): (offset: number) => string {
  const year = invoiceYear(now, timeZone);
  const last = (blockStatement(db).get(`invoice:${year}`, count) as { value: number }).value;
  return (offset) => formatInvoiceNumber(officeCode, year, last - count + 1 + offset);
}

const blockStatements = new WeakMap<Db, Database.Statement<[string, number]>>();

function blockStatement(db: Db): Database.Statement<[string, number]> {
  let statement = blockStatements.get(db);
  if (statement === undefined) {
    statement = clientOf(db).prepare<[string, number]>(
      `INSERT INTO ${getTableName(numberSequences)} (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = value + excluded.value RETURNING value`,
    );
    blockStatements.set(db, statement);
  }
  return statement;
}

/**
 * `CN-OFFICE-YYYY-NNNNNN`: credit notes have their own series (key `credit-note:<YYYY>`), gapless per office
 * and office-calendar year like invoices, and never equal to an invoice number (the `CN-` prefix; office
 * codes are letters and digits only), so the one unique index on ledger numbers covers both.
 */
export function nextCreditNoteNumber(db: Db, officeCode: string, timeZone: string, now: number): string {
  const year = invoiceYear(now, timeZone);
  const value = nextSequenceValue(db, `credit-note:${year}`);
  return `CN-${officeCode}-${year}-${String(value).padStart(6, '0')}`;
}

export const ACCOUNT_SEQUENCE_KEY = 'customer-account';

/** Expands an account-number format: `{OFFICE}`, `{YYYY}`, `{SEQ}` and `{SEQ:n}` (zero-padded). */
export function formatAccountNumber(format: string, values: { officeCode: string; year: string; seq: number }): string {
  return format
    .replaceAll('{OFFICE}', values.officeCode)
    .replaceAll('{YYYY}', values.year)
    .replace(/\{SEQ(?::(\d+))?\}/, (_match, width: string | undefined) => String(values.seq).padStart(Number(width ?? '0'), '0'));
}
