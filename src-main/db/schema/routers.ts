import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * Routers this office knows. The API password is stored only sealed by the SecretBox and is never
 * returned by a procedure. Soft delete (`deleted_at`) keeps job history pointing at a real row.
 */
export const routers = sqliteTable(
  'routers',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    host: text('host').notNull(),
    port: integer('port').notNull(),
    transport: text('transport', { enum: ['api', 'api-ssl'] }).notNull(),
    tlsAnonymousDh: integer('tls_anonymous_dh', { mode: 'boolean' }).notNull().default(false),
    tlsVerifyCert: integer('tls_verify_cert', { mode: 'boolean' }).notNull().default(true),
    username: text('username').notNull(),
    passwordSealed: text('password_sealed').notNull(),
    /** Only the owning office commands a router (sync rule); other offices see it read-only. */
    officeCode: text('office_code').notNull(),
    hotspotServer: text('hotspot_server').notNull().default('all'),
    loginUrl: text('login_url'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    deletedAt: integer('deleted_at'),
  },
  (table) => [uniqueIndex('routers_name_live').on(table.officeCode, table.name).where(sql`deleted_at IS NULL`)],
);

/**
 * Durable queue of changes the app wants on a router. Rows are written in the same transaction as the
 * business change that needs them; a worker applies them per router in `seq` order.
 */
export const routerJobs = sqliteTable(
  'router_jobs',
  {
    id: text('id').primaryKey(),
    routerId: text('router_id')
      .notNull()
      .references(() => routers.id),
    /** Per-router order of application. */
    seq: integer('seq').notNull(),
    kind: text('kind').notNull(),
    /** `<menu>|<name>`: jobs for the same item are applied strictly in order; a failed one holds later ones. */
    itemKey: text('item_key').notNull(),
    payload: text('payload').notNull(),
    status: text('status', { enum: ['pending', 'running', 'failed', 'done', 'cancelled'] }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    nextAttemptAt: integer('next_attempt_at').notNull(),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    finishedAt: integer('finished_at'),
  },
  (table) => [
    uniqueIndex('router_jobs_router_seq').on(table.routerId, table.seq),
    index('router_jobs_router_status_seq').on(table.routerId, table.status, table.seq),
    index('router_jobs_status').on(table.status),
  ],
);

/** What the app wants on each router, per menu and item name; reconcile makes the router match. */
export const routerDesiredItems = sqliteTable(
  'router_desired_items',
  {
    routerId: text('router_id')
      .notNull()
      .references(() => routers.id),
    menu: text('menu').notNull(),
    name: text('name').notNull(),
    /** JSON object of RouterOS attribute -> string value (without the ownership marker). */
    attributes: text('attributes').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.routerId, table.menu, table.name] })],
);
