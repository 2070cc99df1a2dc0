import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { operators } from './operators';
import { routers } from './routers';

/**
 * Hotspot vouchers: plans, batches, vouchers and the voucher sales ledger. Designed for issue 4
 * (generation, lifecycle, router-side expiry), issue 6 (till, reports) and issue 7 (sync); the MikHmon
 * importer (issue 3) is the first writer. See docs/decisions/0006-vouchers-schema.md.
 *
 * `source` says who created a row: `app` (this app) or `mikhmon-import` (read from a router that MikHmon
 * set up). Imported rows carry a `natural_key` (`mikhmon:<router>:<kind>:<name>`, unique) so a second
 * import finds them; app rows leave it NULL (SQLite treats NULLs as distinct in a unique index).
 */
export const ROW_SOURCES = ['app', 'mikhmon-import'] as const;
export type RowSource = (typeof ROW_SOURCES)[number];

/** What the router does when a voucher's validity runs out: remove it, disable it, or nothing (no expiry). */
export const EXPIRY_MODES = ['remove', 'disable', 'none'] as const;
export type ExpiryMode = (typeof EXPIRY_MODES)[number];

export const VOUCHER_STATUSES = ['generated', 'on_router', 'printed', 'sold', 'used', 'expired', 'removed'] as const;
export type VoucherStatus = (typeof VOUCHER_STATUSES)[number];

/**
 * A voucher plan = a hotspot user profile on a router plus what the office charges for it. Master data
 * (synced last-writer-wins per field later). Plain router profiles imported without MikHmon metadata
 * have no price: they are not for sale until someone prices them.
 */
export const voucherPlans = sqliteTable(
  'voucher_plans',
  {
    id: text('id').primaryKey(),
    /** NULL: a template plan not bound to a router yet. */
    routerId: text('router_id').references(() => routers.id),
    name: text('name').notNull(),
    /** The `/ip/hotspot/user/profile` name on the router. */
    hotspotProfile: text('hotspot_profile').notNull(),
    /** Price in minor units; NULL = not priced (a plain imported profile). */
    priceMinor: integer('price_minor'),
    /** Retail price for resellers (MikHmon's "selling price"); NULL = same as price. */
    sellingPriceMinor: integer('selling_price_minor'),
    /** Counted from first login; NULL = no expiry. */
    validityMs: integer('validity_ms'),
    expiryMode: text('expiry_mode', { enum: EXPIRY_MODES }).notNull(),
    /** MikHmon's mode as written (`rem`, `ntf`, `remc`, `ntfc`, `0`) for imported plans; NULL otherwise. */
    mikhmonMode: text('mikhmon_mode'),
    /** Total online time a voucher may use (`limit-uptime`); NULL = unlimited. */
    timeLimitMs: integer('time_limit_ms'),
    /** Bytes a voucher may transfer (`limit-bytes-total`); NULL = unlimited. */
    dataLimitBytes: integer('data_limit_bytes'),
    /** RouterOS rate limit, e.g. `1M/2M`; NULL = none. */
    rateLimit: text('rate_limit'),
    /** Devices at once; 0 = unlimited; NULL = not set on the profile (RouterOS default 1). */
    sharedUsers: integer('shared_users'),
    sessionTimeoutMs: integer('session_timeout_ms'),
    /** The first login binds the voucher to that device's MAC address. */
    macLock: integer('mac_lock', { mode: 'boolean' }).notNull().default(false),
    /** The till generates a card on the spot when none of this plan is left to sell (docs/decisions/0012). */
    tillOnTheSpot: integer('till_on_the_spot', { mode: 'boolean' }).notNull().default(false),
    source: text('source', { enum: ROW_SOURCES }).notNull(),
    naturalKey: text('natural_key'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    deletedAt: integer('deleted_at'),
  },
  (table) => [
    uniqueIndex('voucher_plans_natural_key').on(table.naturalKey),
    // One live plan per profile on a router: the profile holds the plan's on-login script.
    uniqueIndex('voucher_plans_router_profile_live').on(table.routerId, table.hotspotProfile).where(sql`deleted_at IS NULL`),
  ],
);

/**
 * A batch of vouchers generated together (or, when imported, MikHmon users sharing one comment).
 * All or nothing: a batch and its vouchers are written in one transaction.
 */
export const voucherBatches = sqliteTable(
  'voucher_batches',
  {
    id: text('id').primaryKey(),
    /** NULL only for imported batches that mix profiles (hand-made on the router). */
    planId: text('plan_id').references(() => voucherPlans.id),
    routerId: text('router_id')
      .notNull()
      .references(() => routers.id),
    /** The operator's note (MikHmon: the part after `vc-123-mm.dd.yy-`). */
    note: text('note').notNull().default(''),
    /** The comment the batch's users carry on the router, exactly (imports: MikHmon's `vc-…`). */
    routerComment: text('router_comment'),
    /** `vc`: username = password; `up`: separate password. NULL when unknown (imported without MikHmon comment). */
    userMode: text('user_mode', { enum: ['vc', 'up'] }),
    /** Generation settings (issue 4); NULL for imports. */
    codeLength: integer('code_length'),
    charset: text('charset'),
    prefix: text('prefix'),
    voucherCount: integer('voucher_count').notNull(),
    /**
     * Hotspot-user attributes every voucher of an app batch shares on the router (profile, comment,
     * limits, server), JSON without the password. A voucher's desired user is derived from it and the
     * voucher row (docs/decisions/0007): 100k vouchers are not copied into router_desired_items.
     */
    userAttributes: text('user_attributes'),
    source: text('source', { enum: ROW_SOURCES }).notNull(),
    naturalKey: text('natural_key'),
    createdBy: text('created_by').references(() => operators.id),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    deletedAt: integer('deleted_at'),
  },
  (table) => [
    uniqueIndex('voucher_batches_natural_key').on(table.naturalKey),
    index('voucher_batches_router_created').on(table.routerId, table.createdAt),
    index('voucher_batches_plan').on(table.planId),
  ],
);

/**
 * One hotspot user the office sells. Codes are unique per router (the router's own rule); the
 * generator (issue 4) also keeps them unique across the db. Status is master data moved forward by
 * the lifecycle (generated → on_router → printed → sold → used → expired/removed).
 */
export const vouchers = sqliteTable(
  'vouchers',
  {
    id: text('id').primaryKey(),
    /** NULL for imported used vouchers whose batch comment was already replaced by the expiry date. */
    batchId: text('batch_id').references(() => voucherBatches.id),
    /** NULL when the voucher's profile has no plan (imported without profiles). */
    planId: text('plan_id').references(() => voucherPlans.id),
    routerId: text('router_id')
      .notNull()
      .references(() => routers.id),
    /** The hotspot user name (what the customer types). */
    code: text('code').notNull(),
    /** Printed on the card; equal to `code` in `vc` mode. */
    password: text('password').notNull(),
    /** Hotspot user profile on the router (the plan's, or as found when imported). */
    profile: text('profile').notNull(),
    /** Running number printed on the card (issue 4); NULL for imports. */
    serial: integer('serial'),
    status: text('status', { enum: VOUCHER_STATUSES }).notNull(),
    /** Per-voucher limits as on the router (`limit-uptime`, `limit-bytes-total`); NULL = the plan's. */
    timeLimitMs: integer('time_limit_ms'),
    dataLimitBytes: integer('data_limit_bytes'),
    disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
    firstLoginAt: integer('first_login_at'),
    expiresAt: integer('expires_at'),
    /** Device bound at first login (MAC lock) or last seen. */
    macAddress: text('mac_address'),
    uptimeMs: integer('uptime_ms'),
    /** Traffic counters read back from the router's hotspot user (bytes-in / bytes-out). */
    bytesIn: integer('bytes_in'),
    bytesOut: integer('bytes_out'),
    /** When usage was last read from the router; null = never read. */
    usageReadAt: integer('usage_read_at'),
    /** When the voucher left service (expired by the router's scheduler or by the app's reconcile). */
    endedAt: integer('ended_at'),
    /** First time the voucher was printed, and how many times (reprints show up in the count). */
    printedAt: integer('printed_at'),
    printCount: integer('print_count').notNull().default(0),
    source: text('source', { enum: ROW_SOURCES }).notNull(),
    naturalKey: text('natural_key'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (table) => [
    uniqueIndex('vouchers_natural_key').on(table.naturalKey),
    uniqueIndex('vouchers_router_code').on(table.routerId, table.code),
    // Generated codes are unique across the whole db (every router), not only per router: a card
    // printed for one tower must never log in on another. Imports keep what routers already hold.
    uniqueIndex('vouchers_app_code').on(table.code).where(sql`source = 'app'`),
    uniqueIndex('vouchers_batch_serial').on(table.batchId, table.serial),
    // Batch detail and lifecycle counts; the till's "next unsold voucher of this plan".
    index('vouchers_batch_status').on(table.batchId, table.status),
    index('vouchers_plan_status').on(table.planId, table.status),
    index('vouchers_expires_at').on(table.expiresAt),
    // Vouchers still waiting to be pushed to their router (few, whatever the office's size): start-up
    // finds the batches behind without reading every voucher (issue 8, P4; src-main/vouchers/push.ts).
    index('vouchers_unpushed').on(table.routerId, table.batchId).where(sql`status = 'generated' AND source = 'app'`),
  ],
);

/**
 * Voucher sales: an insert-only ledger fact (triggers refuse UPDATE and DELETE, see the custom
 * migration). A void or refund (issue 6) is a new row with a negative price pointing at the sale it
 * reverses. UUIDv7 ids made on the client, so offices never collide when syncing (issue 7).
 */
export const voucherSales = sqliteTable(
  'voucher_sales',
  {
    id: text('id').primaryKey(),
    /** NULL for imported sales whose voucher is gone from the router (MikHmon removed it at expiry). */
    voucherId: text('voucher_id').references(() => vouchers.id),
    routerId: text('router_id')
      .notNull()
      .references(() => routers.id),
    planId: text('plan_id').references(() => voucherPlans.id),
    /** Plan (or, imported, hotspot profile) name at the time of sale: reports survive plan renames. */
    planName: text('plan_name').notNull(),
    /** The voucher code sold. */
    username: text('username').notNull(),
    priceMinor: integer('price_minor').notNull(),
    soldAt: integer('sold_at').notNull(),
    source: text('source', { enum: ['till', 'mikhmon-import'] }).notNull(),
    naturalKey: text('natural_key'),
    /** The cashier; NULL for imports. */
    operatorId: text('operator_id').references(() => operators.id),
    /** Set by the till (issue 6); the shifts table comes with it. */
    shiftId: text('shift_id'),
    /** A void/refund row names the sale it reverses (and carries the negated price). */
    reversesSaleId: text('reverses_sale_id').references((): AnySQLiteColumn => voucherSales.id),
    /** Imported from MikHmon's record: where the voucher was first used. */
    macAddress: text('mac_address'),
    ipAddress: text('ip_address'),
    validityMs: integer('validity_ms'),
    /** Imported: the voucher's batch comment at first login, and MikHmon's `owner` as written. */
    batchComment: text('batch_comment'),
    mikhmonOwner: text('mikhmon_owner'),
    createdAt: integer('created_at').notNull(),
  },
  (table) => [
    uniqueIndex('voucher_sales_natural_key').on(table.naturalKey),
    index('voucher_sales_sold_at').on(table.soldAt),
    index('voucher_sales_router_sold_at').on(table.routerId, table.soldAt),
    index('voucher_sales_plan_sold_at').on(table.planId, table.soldAt),
    index('voucher_sales_operator_sold_at').on(table.operatorId, table.soldAt),
    index('voucher_sales_voucher').on(table.voucherId),
  ],
);

/**
 * Named print templates (the card designer's output). `settings` is the JSON of a validated
 * `PrintTemplateSettings` (src-shared/ipc/schemas/voucher-print.ts); the logo lives in it as base64 PNG.
 */
export const printTemplates = sqliteTable(
  'print_templates',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    settings: text('settings').notNull(),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    deletedAt: integer('deleted_at'),
  },
  (table) => [uniqueIndex('print_templates_name_live').on(table.name).where(sql`deleted_at IS NULL`)],
);
