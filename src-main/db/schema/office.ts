import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** The office this install belongs to: exactly one row, written by the first-run wizard. */
export const office = sqliteTable('office', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  code: text('code').notNull(),
  currencyCode: text('currency_code').notNull(),
  currencyExponent: integer('currency_exponent').notNull(),
  timeZone: text('time_zone').notNull(),
  locale: text('locale').notNull(),
  createdAt: integer('created_at').notNull(),
});

/** Small local key/value settings (idle lock minutes, workstation id), values as JSON text. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: integer('updated_at').notNull(),
});
