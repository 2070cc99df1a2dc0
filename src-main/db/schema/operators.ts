import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const operators = sqliteTable(
  'operators',
  {
    id: text('id').primaryKey(),
    username: text('username').notNull(),
    /** Lower-cased username: logins are case-insensitive and two operators cannot differ only by case. */
    usernameKey: text('username_key').notNull(),
    displayName: text('display_name').notNull(),
    role: text('role', { enum: ['owner', 'manager', 'cashier', 'technician'] }).notNull(),
    passwordHash: text('password_hash').notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    lastLoginAt: integer('last_login_at'),
  },
  (table) => [uniqueIndex('operators_username_key').on(table.usernameKey), index('operators_role').on(table.role)],
);

/**
 * Failed-login counters, one row per throttle key (`user:<name>` and `ws:<workstation>`), kept in the db
 * so that restarting the app does not reset a lockout.
 */
export const loginThrottle = sqliteTable('login_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  lastFailureAt: integer('last_failure_at').notNull(),
  lockedUntil: integer('locked_until').notNull(),
});
