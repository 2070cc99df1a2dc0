import type { Sqlite } from '../db/connection';
import { cached } from './statements';
import { tableInfo, type SyncedTable } from './tables';

/**
 * Synced rows as JSON objects, column for column (the outbox triggers write the same keys with
 * json_object). Shapes come from tables.ts, i.e. from the drizzle schema: a pulled row is checked against
 * them before it touches the db; money must be an integer, as the SQLite CHECKs demand anyway.
 */
export type SyncedRow = Record<string, string | number | null>;

/** Synced column names of a table, `id` first, in the order the triggers write them. */
export function columnsOf(table: SyncedTable): string[] {
  return tableInfo(table).columns.map((column) => column.name);
}

/** Validates a pulled payload for its table; throws a ZodError on anything else. */
export function parseRow(table: SyncedTable, payload: unknown): SyncedRow {
  return tableInfo(table).rowSchema.parse(payload);
}

/** SQL `json_object(...)` of a table's synced columns for a row alias (`NEW`, `r`, or a table name). */
export function jsonObjectSql(table: SyncedTable, alias: string): string {
  return `json_object(${columnsOf(table)
    .map((column) => `'${column}', ${alias}.${column}`)
    .join(', ')})`;
}

/** The same row as stored here, as JSON (the trigger's json_object), or null when absent. */
export function localRowJson(sqlite: Sqlite, table: SyncedTable, rowId: string): SyncedRow | null {
  const found = cached(sqlite, `SELECT ${jsonObjectSql(table, 'r')} AS row FROM ${table} r WHERE r.id = ?`).get(rowId) as { row: string } | undefined;
  return found ? (JSON.parse(found.row) as SyncedRow) : null;
}

/** Same keys, same values (payloads are flat: no nested objects). */
export function sameRow(a: SyncedRow, b: SyncedRow): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.is(a[key], b[key]) || a[key] === b[key]);
}
