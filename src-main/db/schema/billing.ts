import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { customers } from './customers';
import { operators } from './operators';
import { routers } from './routers';

/**
 * Billing (issue 5): service plans and subscriptions (master data) and the customer ledger (insert-only
 * facts). Money is integer minor units of the office currency; CHECK constraints refuse anything else
 * at the storage layer. See docs/decisions/0010-billing-ledger.md.
 */

export const CYCLE_KINDS = ['monthly', 'days'] as const;
export type CycleKind = (typeof CYCLE_KINDS)[number];
export const SUBSCRIPTION_STATUSES = ['active', 'suspended', 'cancelled'] as const;
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];
export const ENTRY_KINDS = ['invoice', 'payment', 'credit_note', 'adjustment', 'void'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];
export const PAYMENT_METHODS = ['cash', 'mobile_money', 'bank_transfer'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
export const LINE_KINDS = ['plan', 'setup_fee', 'manual', 'proration_credit', 'proration_charge'] as const;
export type LineKind = (typeof LINE_KINDS)[number];
/** Who suspended a subscription: a billing run reactivates only its own (automatic) suspensions. */
export const SUSPENSION_KINDS = ['manual', 'automatic'] as const;
export type SuspensionKind = (typeof SUSPENSION_KINDS)[number];
export const BILLING_RUN_TRIGGERS = ['schedule', 'catch-up', 'manual'] as const;
export type BillingRunTrigger = (typeof BILLING_RUN_TRIGGERS)[number];

/** Per-office gapless counters (account numbers, invoice numbers per year). Local: never synced. */
export const numberSequences = sqliteTable('number_sequences', {
  key: text('key').primaryKey(),
  value: integer('value').notNull(),
});

/** A PPPoE service plan: price and cycle, plus the `/ppp/profile` it keeps on its router. */
export const servicePlans = sqliteTable(
  'service_plans',
  {
    id: text('id').primaryKey(),
    routerId: text('router_id')
      .notNull()
      .references(() => routers.id),
    name: text('name').notNull(),
    priceMinor: integer('price_minor').notNull(),
    cycleKind: text('cycle_kind', { enum: CYCLE_KINDS }).notNull(),
    /** Monthly plans: the day of month a period starts (29-31 clamp to short months' last day). */
    billingDay: integer('billing_day'),
    /** `days` plans: the period length. */
    cycleDays: integer('cycle_days'),
    pppProfile: text('ppp_profile').notNull(),
    rateLimit: text('rate_limit'),
    /** RouterOS `remote-address` of the profile: an IP pool name or an address. */
    addressPool: text('address_pool'),
    localAddress: text('local_address'),
    setupFeeMinor: integer('setup_fee_minor').notNull().default(0),
    /** Tax in basis points (1100 = 11 %), added on top of the net price; 0 = no tax. */
    taxRateBp: integer('tax_rate_bp').notNull().default(0),
    graceDays: integer('grace_days').notNull().default(0),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    archivedAt: integer('archived_at'),
  },
  (table) => [
    uniqueIndex('service_plans_router_profile_live').on(table.routerId, table.pppProfile).where(sql`archived_at IS NULL`),
    check('service_plans_money_int', sql`typeof(price_minor) = 'integer' AND typeof(setup_fee_minor) = 'integer' AND price_minor >= 0 AND setup_fee_minor >= 0`),
    check(
      'service_plans_cycle',
      sql`(cycle_kind = 'monthly' AND billing_day BETWEEN 1 AND 31 AND cycle_days IS NULL) OR (cycle_kind = 'days' AND cycle_days >= 1 AND billing_day IS NULL)`,
    ),
  ],
);

/** customer × plan × router, with the PPPoE secret it keeps on the router. */
export const subscriptions = sqliteTable(
  'subscriptions',
  {
    id: text('id').primaryKey(),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id),
    planId: text('plan_id')
      .notNull()
      .references(() => servicePlans.id),
    routerId: text('router_id')
      .notNull()
      .references(() => routers.id),
    pppUsername: text('ppp_username').notNull(),
    pppPassword: text('ppp_password').notNull(),
    /** First day of service on the office calendar (YYYY-MM-DD). */
    startDate: text('start_date').notNull(),
    status: text('status', { enum: SUBSCRIPTION_STATUSES }).notNull(),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    suspendedAt: integer('suspended_at'),
    /** Set while suspended: `automatic` (a billing run, arrears past grace) or `manual` (a manager). */
    suspensionKind: text('suspension_kind', { enum: SUSPENSION_KINDS }),
    suspensionReason: text('suspension_reason'),
    cancelledAt: integer('cancelled_at'),
  },
  (table) => [
    // A PPP secret name is unique on its router; a cancelled subscription frees it.
    uniqueIndex('subscriptions_router_username_live').on(table.routerId, table.pppUsername).where(sql`status <> 'cancelled'`),
    index('subscriptions_customer').on(table.customerId),
    index('subscriptions_plan').on(table.planId),
  ],
);

/**
 * The customer ledger: insert-only (triggers refuse UPDATE and DELETE). `amount_minor` is the signed
 * effect on what the customer owes: invoices and debit adjustments positive, payments, credit notes
 * and credit adjustments negative, a void the negation of the entry it reverses. The balance is the sum.
 */
export const ledgerEntries = sqliteTable(
  'ledger_entries',
  {
    id: text('id').primaryKey(),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id),
    kind: text('kind', { enum: ENTRY_KINDS }).notNull(),
    /** Invoices only: `OFFICE-YYYY-NNNNNN`, gapless per office and year. */
    number: text('number'),
    amountMinor: integer('amount_minor').notNull(),
    occurredAt: integer('occurred_at').notNull(),
    /** Invoices: the office-calendar due date (YYYY-MM-DD). */
    dueDate: text('due_date'),
    method: text('method', { enum: PAYMENT_METHODS }),
    reference: text('reference'),
    memo: text('memo').notNull().default(''),
    subscriptionId: text('subscription_id').references(() => subscriptions.id),
    /** Void entries: the entry they reverse (at most one void per entry). */
    voidsEntryId: text('voids_entry_id').references((): AnySQLiteColumn => ledgerEntries.id),
    createdBy: text('created_by').references(() => operators.id),
    createdAt: integer('created_at').notNull(),
  },
  (table) => [
    uniqueIndex('ledger_entries_number').on(table.number),
    uniqueIndex('ledger_entries_voids').on(table.voidsEntryId),
    index('ledger_entries_customer_time').on(table.customerId, table.occurredAt),
    index('ledger_entries_subscription').on(table.subscriptionId),
    check('ledger_entries_amount_int', sql`typeof(amount_minor) = 'integer'`),
    check(
      'ledger_entries_sign',
      sql`(kind = 'invoice' AND amount_minor >= 0) OR (kind IN ('payment', 'credit_note') AND amount_minor <= 0) OR (kind = 'adjustment' AND amount_minor <> 0) OR kind = 'void'`,
    ),
    check('ledger_entries_void_ref', sql`(kind = 'void') = (voids_entry_id IS NOT NULL)`),
    check('ledger_entries_payment_method', sql`(kind = 'payment') = (method IS NOT NULL)`),
  ],
);

/** Lines of invoices and credit notes (insert-only). Amounts are positive; the entry carries the sign. */
export const ledgerLines = sqliteTable(
  'ledger_lines',
  {
    id: text('id').primaryKey(),
    entryId: text('entry_id')
      .notNull()
      .references(() => ledgerEntries.id),
    position: integer('position').notNull(),
    kind: text('kind', { enum: LINE_KINDS }).notNull(),
    description: text('description').notNull(),
    subscriptionId: text('subscription_id').references(() => subscriptions.id),
    planId: text('plan_id').references(() => servicePlans.id),
    /** Service period on the office calendar, end exclusive (YYYY-MM-DD). */
    periodStart: text('period_start'),
    periodEnd: text('period_end'),
    netMinor: integer('net_minor').notNull(),
    taxRateBp: integer('tax_rate_bp').notNull(),
    taxMinor: integer('tax_minor').notNull(),
    totalMinor: integer('total_minor').notNull(),
  },
  (table) => [
    uniqueIndex('ledger_lines_entry_position').on(table.entryId, table.position),
    index('ledger_lines_subscription').on(table.subscriptionId),
    // The key of scheduled billing (docs/decisions/0011): one plan line per subscription and period start,
    // so a rerun or a concurrent run cannot invoice a period twice. A voided invoice keeps its key.
    uniqueIndex('ledger_lines_plan_period').on(table.subscriptionId, table.periodStart).where(sql`kind = 'plan'`),
    check(
      'ledger_lines_money_int',
      sql`typeof(net_minor) = 'integer' AND typeof(tax_minor) = 'integer' AND typeof(total_minor) = 'integer' AND net_minor >= 0 AND tax_minor >= 0 AND total_minor = net_minor + tax_minor`,
    ),
  ],
);

/**
 * One billing run as of an office-calendar date (docs/decisions/0011). A row with `finished_at` NULL is
 * a run that stopped half-way (crash, close): catch-up runs its date again, which is idempotent.
 */
export const billingRuns = sqliteTable(
  'billing_runs',
  {
    id: text('id').primaryKey(),
    asOfDate: text('as_of_date').notNull(),
    trigger: text('trigger', { enum: BILLING_RUN_TRIGGERS }).notNull(),
    startedAt: integer('started_at').notNull(),
    finishedAt: integer('finished_at'),
    invoicesIssued: integer('invoices_issued').notNull().default(0),
    suspended: integer('suspended').notNull().default(0),
    reactivated: integer('reactivated').notNull().default(0),
    errors: integer('errors').notNull().default(0),
    createdBy: text('created_by').references(() => operators.id),
  },
  (table) => [index('billing_runs_as_of').on(table.asOfDate), index('billing_runs_started').on(table.startedAt)],
);
