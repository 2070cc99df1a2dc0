import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Append-only audit trail. Each row carries the hash of the previous one, so editing or deleting a row
 * breaks the chain at that point; triggers (see the custom migration) refuse UPDATE and DELETE.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    at: integer('at').notNull(),
    operatorId: text('operator_id'),
    operatorName: text('operator_name'),
    workstationId: text('workstation_id').notNull(),
    procedure: text('procedure').notNull(),
    summary: text('summary').notNull(),
    details: text('details'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (table) => [
    index('audit_log_at').on(table.at),
    index('audit_log_procedure').on(table.procedure),
    index('audit_log_operator').on(table.operatorId),
  ],
);
