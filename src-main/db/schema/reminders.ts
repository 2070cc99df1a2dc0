import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { office } from './office';
import { customers } from './customers';
import { ledgerEntries, subscriptions } from './billing';
import { GATEWAY_CONTENT_TYPES, GATEWAY_METHODS, OUTBOX_STATUSES, REMINDER_CHANNELS, REMINDER_KINDS } from '../../../src-shared/ipc/schemas/reminders';

/**
 * Billing reminders (issue 5): the office's gateway settings, its message templates and the outbox of
 * notifications. See docs/decisions/0013-reminders.md.
 */

/** One row per office. The auth header's value is stored only sealed by the SecretBox, like router passwords. */
export const reminderSettings = sqliteTable(
  'reminder_settings',
  {
    officeId: text('office_id')
      .primaryKey()
      .references(() => office.id),
    enabled: integer('enabled', { mode: 'boolean' }).notNull(),
    url: text('url'),
    method: text('method', { enum: GATEWAY_METHODS }).notNull(),
    contentType: text('content_type', { enum: GATEWAY_CONTENT_TYPES }).notNull(),
    bodyTemplate: text('body_template').notNull(),
    authHeaderName: text('auth_header_name'),
    authSecretSealed: text('auth_secret_sealed'),
    timeoutMs: integer('timeout_ms').notNull(),
    channel: text('channel', { enum: REMINDER_CHANNELS }).notNull(),
    dueSoonDays: integer('due_soon_days').notNull(),
    officePhone: text('office_phone').notNull(),
    countryCode: text('country_code').notNull(),
    /** Office-local `HH:MM` window in which messages go out (equal = any time). */
    sendFrom: text('send_from').notNull(),
    sendUntil: text('send_until').notNull(),
    maxAttempts: integer('max_attempts').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  () => [check('reminder_settings_enabled_url', sql`enabled = 0 OR url IS NOT NULL`)],
);

/** Templates the office changed; kinds × channels without a row use the built-in text. */
export const reminderTemplates = sqliteTable(
  'reminder_templates',
  {
    kind: text('kind', { enum: REMINDER_KINDS }).notNull(),
    channel: text('channel', { enum: REMINDER_CHANNELS }).notNull(),
    body: text('body').notNull(),
    enabled: integer('enabled', { mode: 'boolean' }).notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.kind, table.channel] })],
);

/**
 * One notification to one customer. `dedupe_key` (e.g. `overdue:<invoice id>`,
 * `suspended:<subscription id>:<suspended at>`) is unique, so enqueueing again creates nothing.
 * The body is rendered when enqueued: the outbox shows exactly what goes out.
 */
export const reminderOutbox = sqliteTable(
  'reminder_outbox',
  {
    id: text('id').primaryKey(),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id),
    kind: text('kind', { enum: REMINDER_KINDS }).notNull(),
    channel: text('channel', { enum: REMINDER_CHANNELS }).notNull(),
    dedupeKey: text('dedupe_key').notNull(),
    invoiceId: text('invoice_id').references(() => ledgerEntries.id),
    subscriptionId: text('subscription_id').references(() => subscriptions.id),
    recipient: text('recipient').notNull(),
    body: text('body').notNull(),
    status: text('status', { enum: OUTBOX_STATUSES }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: integer('next_attempt_at').notNull(),
    lastError: text('last_error'),
    responseStatus: integer('response_status'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    sentAt: integer('sent_at'),
  },
  (table) => [
    uniqueIndex('reminder_outbox_key').on(table.dedupeKey),
    // The dispatcher walks queued rows in creation order (UUIDv7); the grid filters by status.
    index('reminder_outbox_status_id').on(table.status, table.id),
    index('reminder_outbox_customer').on(table.customerId, table.id),
    check('reminder_outbox_sent_at', sql`(status = 'sent') = (sent_at IS NOT NULL)`),
  ],
);
