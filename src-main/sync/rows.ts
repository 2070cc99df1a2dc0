import { z } from 'zod';
import type { SyncedTable } from './protocol';

/**
 * The synced rows' shapes, column for column (the outbox triggers in migrations/0015_sync.sql write the
 * same keys with json_object). A pulled row is checked against these before it touches the db; money
 * must be an integer, as the SQLite CHECKs demand anyway.
 */
const id = z.string().min(1).max(64);
const text = z.string();
const nullableText = z.string().nullable();
const int = z.number().int();

export const ROW_SCHEMAS = {
  customers: z.strictObject({
    id,
    account_number: text.min(1),
    name: text.min(1),
    phones: text,
    address: text,
    gps_lat: z.number().nullable(),
    gps_lng: z.number().nullable(),
    notes: text,
    tags: text,
    status: z.enum(['active', 'inactive', 'closed']),
    created_at: int,
    updated_at: int,
  }),
  ledger_entries: z.strictObject({
    id,
    customer_id: id,
    kind: z.enum(['invoice', 'payment', 'credit_note', 'adjustment', 'void']),
    number: nullableText,
    amount_minor: int,
    occurred_at: int,
    due_date: nullableText,
    method: z.enum(['cash', 'mobile_money', 'bank_transfer']).nullable(),
    reference: nullableText,
    memo: text,
    subscription_id: id.nullable(),
    voids_entry_id: id.nullable(),
    created_by: id.nullable(),
    created_at: int,
  }),
  ledger_lines: z.strictObject({
    id,
    entry_id: id,
    position: int,
    kind: z.enum(['plan', 'setup_fee', 'manual', 'proration_credit', 'proration_charge']),
    description: text,
    subscription_id: id.nullable(),
    plan_id: id.nullable(),
    period_start: nullableText,
    period_end: nullableText,
    net_minor: int,
    tax_rate_bp: int,
    tax_minor: int,
    total_minor: int,
  }),
} as const;

export type SyncedRow = Record<string, string | number | null>;

/** Column names of a synced table, in the order the triggers write them. */
export function columnsOf(table: SyncedTable): string[] {
  return Object.keys(ROW_SCHEMAS[table].shape);
}

/** Validates a pulled payload for its table; throws a ZodError on anything else. */
export function parseRow(table: SyncedTable, payload: unknown): SyncedRow {
  return ROW_SCHEMAS[table].parse(payload) as SyncedRow;
}

/** The same row as stored here, as JSON (the trigger's json_object), or null when absent. */
export function localRowJson(sqlite: { prepare(sql: string): { get(...args: unknown[]): unknown } }, table: SyncedTable, rowId: string): SyncedRow | null {
  const pairs = columnsOf(table)
    .map((column) => `'${column}', ${column}`)
    .join(', ');
  const found = sqlite.prepare(`SELECT json_object(${pairs}) AS row FROM ${table} WHERE id = ?`).get(rowId) as { row: string } | undefined;
  return found ? (JSON.parse(found.row) as SyncedRow) : null;
}

/** Same keys, same values (payloads are flat: no nested objects). */
export function sameRow(a: SyncedRow, b: SyncedRow): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.is(a[key], b[key]) || a[key] === b[key]);
}
