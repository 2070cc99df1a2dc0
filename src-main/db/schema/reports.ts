import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Reports (issue 6): a sales summary per office-calendar day, kept in step with the insert-only till
 * ledger by an AFTER INSERT trigger (hand-written in migration 0013), so it commits in the same
 * transaction as the sale or void by construction. Derived data: it can always be rebuilt from
 * `till_entries` (see src-main/reports/summary-sql.ts and docs/decisions/0014-reports.md).
 */

/**
 * The office zone's UTC offsets: from `from_utc` on, local = utc + `offset_ms` (until the next row).
 * The trigger reads it to cut an instant into the office-calendar day, DST included. Filled from Intl
 * by the reports service whenever the office zone differs from `report_zone.time_zone`.
 */
export const reportZoneOffsets = sqliteTable('report_zone_offsets', {
  fromUtc: integer('from_utc').primaryKey(),
  offsetMs: integer('offset_ms').notNull(),
});

/** Which zone `report_zone_offsets` and the day keys of the summary were computed for (one row, id 1). */
export const reportZone = sqliteTable('report_zone', {
  id: integer('id').primaryKey(),
  timeZone: text('time_zone').notNull(),
  updatedAt: integer('updated_at').notNull(),
});

/**
 * Σ of till entries per office day × kind × cashier × voucher plan × method. `kind` is the till entry
 * kind, with voids split into `void_sale` / `void_payment`; empty strings stand for "none" so the
 * primary key (and the trigger's upsert) works. `amount_minor` is signed like the ledger.
 */
export const reportSalesDaily = sqliteTable(
  'report_sales_daily',
  {
    day: integer('day').notNull(),
    kind: text('kind').notNull(),
    operatorId: text('operator_id').notNull(),
    planKey: text('plan_key').notNull(),
    method: text('method').notNull(),
    amountMinor: integer('amount_minor').notNull(),
    entryCount: integer('entry_count').notNull(),
  },
  (table) => [primaryKey({ columns: [table.day, table.kind, table.operatorId, table.planKey, table.method] })],
);

/**
 * Vouchers per plan × lifecycle status, kept in step with `vouchers` by triggers (hand-written in
 * migration 0018), so the dashboard's stock card reads a few rows instead of counting every voucher on
 * each load (issue 8, P4: a GROUP BY over a million vouchers read ~50 MB of index from a cold disk).
 * `plan_key` is the plan id, or '' for vouchers without a plan. Derived data: a GROUP BY over
 * `vouchers` rebuilds it (the migration's backfill).
 */
export const reportVoucherStock = sqliteTable(
  'report_voucher_stock',
  {
    planKey: text('plan_key').notNull(),
    status: text('status').notNull(),
    n: integer('n').notNull(),
  },
  (table) => [primaryKey({ columns: [table.planKey, table.status] })],
);
