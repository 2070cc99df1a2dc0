import { sql } from 'drizzle-orm';
import { check, index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const CUSTOMER_STATUSES = ['active', 'inactive', 'closed'] as const;
export type CustomerStatus = (typeof CUSTOMER_STATUSES)[number];

/**
 * Subscribers of the office (issue 5). Master data (last-writer-wins per field once sync lands).
 * `phones` and `tags` are JSON arrays of strings. `search_key` is a local integer that the FTS5 index
 * (`customers_fts`, custom migration) uses as its rowid: the implicit rowid of a table with a text
 * primary key may be renumbered by VACUUM, an explicit column is not. See docs/decisions/0010.
 */
export const customers = sqliteTable(
  'customers',
  {
    id: text('id').primaryKey(),
    searchKey: integer('search_key').notNull(),
    /** Formatted from the office's account-number format and the per-office sequence; unique. */
    accountNumber: text('account_number').notNull(),
    name: text('name').notNull(),
    phones: text('phones').notNull().default('[]'),
    address: text('address').notNull().default(''),
    /** Optional GPS position in decimal degrees (not money: floats are fine here). */
    gpsLat: real('gps_lat'),
    gpsLng: real('gps_lng'),
    notes: text('notes').notNull().default(''),
    tags: text('tags').notNull().default('[]'),
    status: text('status', { enum: CUSTOMER_STATUSES }).notNull(),
    /**
     * The office whose recurring billing covers this customer (sync rule: only the home office bills, so
     * two offices never invoice one period). NULL only in rows written before migration 0017.
     */
    homeOffice: text('home_office'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (table) => [
    uniqueIndex('customers_search_key').on(table.searchKey),
    uniqueIndex('customers_account_number').on(table.accountNumber),
    index('customers_name').on(table.name),
    index('customers_status').on(table.status),
    check('customers_gps_pair', sql`(gps_lat IS NULL) = (gps_lng IS NULL)`),
  ],
);
