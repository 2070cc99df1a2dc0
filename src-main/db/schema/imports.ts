import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { routers } from './routers';

/**
 * PPP profiles found on a router at import time. Not service plans: a service plan (issue 5) needs a
 * price, a billing cycle and tax that the router does not have, so these rows wait here until someone
 * turns them into plans. They stay the operator's items on the router (no `mb:` marker), so reconcile
 * never touches them. See docs/decisions/0006-vouchers-schema.md.
 */
export const importedPppProfiles = sqliteTable(
  'imported_ppp_profiles',
  {
    id: text('id').primaryKey(),
    routerId: text('router_id')
      .notNull()
      .references(() => routers.id),
    name: text('name').notNull(),
    rateLimit: text('rate_limit'),
    localAddress: text('local_address'),
    remoteAddress: text('remote_address'),
    onlyOne: text('only_one'),
    /** RouterOS built-ins (`default`, `default-encryption`). */
    builtin: integer('builtin', { mode: 'boolean' }).notNull(),
    naturalKey: text('natural_key').notNull(),
    importedAt: integer('imported_at').notNull(),
  },
  (table) => [uniqueIndex('imported_ppp_profiles_natural_key').on(table.naturalKey), index('imported_ppp_profiles_router').on(table.routerId)],
);

/**
 * PPP secrets found on a router: subscribers-to-be. Issue 5 turns one into a customer + subscription
 * (and only then does the app take the secret over). The password is never read from the router.
 */
export const importedPppSecrets = sqliteTable(
  'imported_ppp_secrets',
  {
    id: text('id').primaryKey(),
    routerId: text('router_id')
      .notNull()
      .references(() => routers.id),
    name: text('name').notNull(),
    service: text('service').notNull(),
    profile: text('profile').notNull(),
    remoteAddress: text('remote_address'),
    disabled: integer('disabled', { mode: 'boolean' }).notNull(),
    comment: text('comment').notNull(),
    lastLoggedOutAt: integer('last_logged_out_at'),
    naturalKey: text('natural_key').notNull(),
    importedAt: integer('imported_at').notNull(),
  },
  (table) => [
    uniqueIndex('imported_ppp_secrets_natural_key').on(table.naturalKey),
    uniqueIndex('imported_ppp_secrets_router_name').on(table.routerId, table.name),
  ],
);
