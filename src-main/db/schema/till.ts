import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { customers } from './customers';
import { ledgerEntries } from './billing';
import { operators } from './operators';
import { voucherSales, vouchers } from './vouchers';

/**
 * The cashier desk (issue 6): shifts, receipts and the insert-only till ledger. Money is integer minor
 * units of the office currency (CHECK refuses anything else). See docs/decisions/0012-till.md.
 */

export const TILL_METHODS = ['cash', 'mobile_money', 'bank_transfer'] as const;
export type TillMethod = (typeof TILL_METHODS)[number];
/**
 * Item entries say what was sold or collected (sale, payment) or reversed (void); money entries say how
 * the money moved per method (tender in, refund out). Per receipt the two sides add up to the same sum.
 */
export const TILL_ENTRY_KINDS = ['sale', 'payment', 'void', 'tender', 'refund'] as const;
export type TillEntryKind = (typeof TILL_ENTRY_KINDS)[number];
export const RECEIPT_KINDS = ['sale', 'payment', 'void'] as const;
export type ReceiptKind = (typeof RECEIPT_KINDS)[number];

/**
 * A cashier's shift on one workstation. Open rows take exactly one update (the close); closed rows are
 * immutable (trigger). `opening_floats` and `closing` are JSON objects keyed by method.
 */
export const tillShifts = sqliteTable(
  'till_shifts',
  {
    id: text('id').primaryKey(),
    operatorId: text('operator_id')
      .notNull()
      .references(() => operators.id),
    workstationId: text('workstation_id').notNull(),
    openedAt: integer('opened_at').notNull(),
    /** {cash, mobile_money, bank_transfer}: minor units in the drawer / account at the start. */
    openingFloats: text('opening_floats').notNull(),
    closedAt: integer('closed_at'),
    closedBy: text('closed_by').references(() => operators.id),
    /** {method: {expected, counted, difference}} fixed at close. */
    closing: text('closing'),
    /** Σ counted − Σ expected over all methods. */
    differenceMinor: integer('difference_minor'),
    differenceReason: text('difference_reason'),
  },
  (table) => [
    uniqueIndex('till_shifts_one_open').on(table.operatorId, table.workstationId).where(sql`closed_at IS NULL`),
    index('till_shifts_opened_at').on(table.openedAt),
    check('till_shifts_difference_integer', sql`difference_minor IS NULL OR typeof(difference_minor) = 'integer'`),
    check('till_shifts_closed_complete', sql`(closed_at IS NULL) = (closing IS NULL) AND (closed_at IS NULL) = (difference_minor IS NULL)`),
  ],
);

/** One printed receipt: a sale, a customer payment or a void. Insert-only. */
export const tillReceipts = sqliteTable(
  'till_receipts',
  {
    id: text('id').primaryKey(),
    shiftId: text('shift_id')
      .notNull()
      .references(() => tillShifts.id),
    operatorId: text('operator_id').references(() => operators.id),
    kind: text('kind', { enum: RECEIPT_KINDS }).notNull(),
    customerId: text('customer_id').references(() => customers.id),
    totalMinor: integer('total_minor').notNull(),
    /** What the customer handed over (cash above the total comes back as change). */
    tenderedMinor: integer('tendered_minor').notNull(),
    changeMinor: integer('change_minor').notNull(),
    note: text('note').notNull().default(''),
    createdAt: integer('created_at').notNull(),
  },
  (table) => [
    index('till_receipts_shift').on(table.shiftId, table.createdAt),
    index('till_receipts_created_at').on(table.createdAt),
    check(
      'till_receipts_integers',
      sql`typeof(total_minor) = 'integer' AND typeof(tendered_minor) = 'integer' AND typeof(change_minor) = 'integer' AND change_minor >= 0`,
    ),
  ],
);

/** The till ledger: insert-only, UUIDv7 ids; a void is a reversing entry naming the one it reverses. */
export const tillEntries = sqliteTable(
  'till_entries',
  {
    id: text('id').primaryKey(),
    receiptId: text('receipt_id')
      .notNull()
      .references(() => tillReceipts.id),
    shiftId: text('shift_id')
      .notNull()
      .references(() => tillShifts.id),
    operatorId: text('operator_id').references(() => operators.id),
    kind: text('kind', { enum: TILL_ENTRY_KINDS }).notNull(),
    /** Set on money entries (tender, refund) only. */
    method: text('method', { enum: TILL_METHODS }),
    /** Signed: sales, payments and tenders are positive; voids and refunds negative. */
    amountMinor: integer('amount_minor').notNull(),
    reference: text('reference'),
    description: text('description').notNull().default(''),
    voucherId: text('voucher_id').references(() => vouchers.id),
    voucherSaleId: text('voucher_sale_id').references(() => voucherSales.id),
    /** The voucher's status before the sale: a restocking void puts it back there. */
    voucherPriorStatus: text('voucher_prior_status'),
    planId: text('plan_id'),
    planName: text('plan_name'),
    customerId: text('customer_id').references(() => customers.id),
    ledgerEntryId: text('ledger_entry_id').references(() => ledgerEntries.id),
    voidsEntryId: text('voids_entry_id').references((): AnySQLiteColumn => tillEntries.id),
    createdAt: integer('created_at').notNull(),
  },
  (table) => [
    index('till_entries_shift').on(table.shiftId, table.kind),
    index('till_entries_receipt').on(table.receiptId),
    index('till_entries_created_at').on(table.createdAt),
    uniqueIndex('till_entries_voids').on(table.voidsEntryId),
    check('till_entries_amount_integer', sql`typeof(amount_minor) = 'integer'`),
    check('till_entries_method_iff_money', sql`(method IS NOT NULL) = (kind IN ('tender', 'refund'))`),
    check('till_entries_voids_iff_void', sql`(voids_entry_id IS NOT NULL) = (kind = 'void')`),
    check(
      'till_entries_sign',
      sql`(kind IN ('sale', 'payment', 'tender') AND amount_minor >= 0) OR (kind IN ('void', 'refund') AND amount_minor <= 0)`,
    ),
  ],
);
