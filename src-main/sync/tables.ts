import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import {
  customers,
  ledgerEntries,
  ledgerLines,
  routers,
  servicePlans,
  subscriptions,
  tillEntries,
  tillReceipts,
  tillShifts,
  voucherBatches,
  voucherPlans,
  vouchers,
  voucherSales,
} from '../db/schema';

/**
 * What syncs, in one place (docs/decisions/0015-sync.md). Each synced table is named here with its kind,
 * its local-only columns and the synced rows it points at. Everything else is derived from the drizzle
 * table: the column list the outbox triggers write, the zod shape a pulled row must have, the order
 * history is queued in. A new column in a synced table therefore syncs without touching sync code.
 *
 * - `master`: master data, last-writer-wins per field by hybrid logical clock; never deleted (soft deletes
 *   are ordinary fields: `archived_at`, `deleted_at`, a `closed`/`cancelled` status).
 * - `fact`: insert-only ledger facts with client-made UUIDv7 ids; the same id with other content is a conflict.
 */
export type SyncKind = 'master' | 'fact';

interface TableSpec {
  table: SQLiteTable;
  kind: SyncKind;
  /** Columns that stay on this office (secrets sealed with this machine's key, local counters, FTS keys). */
  localOnly?: readonly string[];
  /** Synced columns that point at synced rows: they must exist before a pulled row that names them is applied. */
  references?: Readonly<Record<string, string>>;
  /**
   * Facts written in two steps (a shift is opened, then closed once): the condition on NEW under which the
   * row becomes a fact and is sent. Until then it is local working state.
   */
  factWhen?: string;
}

/** Parents before children: the order history is queued in when an office joins sync. */
const SPECS: readonly TableSpec[] = [
  // The API password is sealed with this machine's key: useless elsewhere, and only the owner commands a router.
  { table: routers, kind: 'master', localOnly: ['password_sealed'] },
  { table: servicePlans, kind: 'master', references: { router_id: 'routers' } },
  { table: voucherPlans, kind: 'master', references: { router_id: 'routers' } },
  // search_key is the local FTS rowid (docs/decisions/0010).
  { table: customers, kind: 'master', localOnly: ['search_key'] },
  { table: subscriptions, kind: 'master', references: { customer_id: 'customers', plan_id: 'service_plans', router_id: 'routers' } },
  { table: voucherBatches, kind: 'master', references: { plan_id: 'voucher_plans', router_id: 'routers' } },
  // Usage counters are read from the router every few minutes by its owner: syncing them would flood the log.
  {
    table: vouchers,
    kind: 'master',
    localOnly: ['uptime_ms', 'bytes_in', 'bytes_out', 'usage_read_at'],
    references: { batch_id: 'voucher_batches', plan_id: 'voucher_plans', router_id: 'routers' },
  },
  { table: ledgerEntries, kind: 'fact', references: { customer_id: 'customers', voids_entry_id: 'ledger_entries', subscription_id: 'subscriptions' } },
  { table: ledgerLines, kind: 'fact', references: { entry_id: 'ledger_entries', subscription_id: 'subscriptions', plan_id: 'service_plans' } },
  { table: voucherSales, kind: 'fact', references: { voucher_id: 'vouchers', router_id: 'routers', plan_id: 'voucher_plans', reverses_sale_id: 'voucher_sales' } },
  // A shift is a fact once closed (its Z-report); receipts and entries name it but may arrive first.
  { table: tillShifts, kind: 'fact', factWhen: 'NEW.closed_at IS NOT NULL' },
  { table: tillReceipts, kind: 'fact', references: { customer_id: 'customers' } },
  {
    table: tillEntries,
    kind: 'fact',
    references: {
      receipt_id: 'till_receipts',
      customer_id: 'customers',
      voucher_id: 'vouchers',
      voucher_sale_id: 'voucher_sales',
      ledger_entry_id: 'ledger_entries',
      voids_entry_id: 'till_entries',
    },
  },
];

export const SYNCED_TABLES = [
  'routers',
  'service_plans',
  'voucher_plans',
  'customers',
  'subscriptions',
  'voucher_batches',
  'vouchers',
  'ledger_entries',
  'ledger_lines',
  'voucher_sales',
  'till_shifts',
  'till_receipts',
  'till_entries',
] as const;
export type SyncedTable = (typeof SYNCED_TABLES)[number];

export interface SyncedColumn {
  name: string;
  /** The zod shape of a pulled value (booleans arrive as 0/1, as SQLite stores them). */
  schema: z.ZodType<string | number | null>;
}

export interface SyncedTableInfo {
  name: SyncedTable;
  kind: SyncKind;
  /** Synced columns, `id` first. */
  columns: readonly SyncedColumn[];
  /** Columns a master-data update can set (all synced columns but id and created_at). */
  mutable: readonly string[];
  references: Readonly<Record<string, SyncedTable>>;
  factWhen: string | null;
  rowSchema: z.ZodType<Record<string, string | number | null>>;
}

function columnSchema(column: SQLiteColumn): z.ZodType<string | number | null> {
  const enumValues = (column as { enumValues?: readonly string[] }).enumValues;
  let base: z.ZodType<string | number>;
  if (column.columnType === 'SQLiteBoolean') base = z.union([z.literal(0), z.literal(1)]);
  else if (column.columnType === 'SQLiteReal') base = z.number().finite();
  else if (column.dataType === 'number') base = z.number().int().min(Number.MIN_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);
  else if (enumValues && enumValues.length > 0) base = z.enum(enumValues as [string, ...string[]]);
  else base = z.string();
  return column.notNull ? base : base.nullable();
}

function isSyncedTable(name: string): name is SyncedTable {
  return (SYNCED_TABLES as readonly string[]).includes(name);
}

function describe(spec: TableSpec): SyncedTableInfo {
  const name = getTableName(spec.table);
  if (!isSyncedTable(name)) throw new Error(`${name} is not in SYNCED_TABLES`);
  const localOnly = new Set(spec.localOnly ?? []);
  const all = Object.values(getTableColumns(spec.table)) as SQLiteColumn[];
  const columns = all.filter((column) => !localOnly.has(column.name)).map((column) => ({ name: column.name, schema: columnSchema(column) }));
  if (columns[0]?.name !== 'id') throw new Error(`${name}: the first synced column must be id`);
  const references: Record<string, SyncedTable> = {};
  for (const [column, target] of Object.entries(spec.references ?? {})) {
    if (!isSyncedTable(target) || !columns.some((c) => c.name === column)) throw new Error(`${name}.${column}: bad sync reference`);
    references[column] = target;
  }
  return {
    name,
    kind: spec.kind,
    columns,
    mutable: columns.map((c) => c.name).filter((c) => c !== 'id' && c !== 'created_at'),
    references,
    factWhen: spec.factWhen ?? null,
    rowSchema: z.strictObject(Object.fromEntries(columns.map((c) => [c.name, c.schema]))) as unknown as z.ZodType<Record<string, string | number | null>>,
  };
}

const INFO: ReadonlyMap<SyncedTable, SyncedTableInfo> = new Map(SPECS.map((spec) => {
  const info = describe(spec);
  return [info.name, info];
}));

if (INFO.size !== SYNCED_TABLES.length) throw new Error('every synced table needs a spec, once');

export function tableInfo(name: SyncedTable): SyncedTableInfo {
  const info = INFO.get(name);
  if (!info) throw new Error(`not a synced table: ${name}`);
  return info;
}

/** In dependency order (parents first). */
export function syncedTables(): readonly SyncedTableInfo[] {
  return SYNCED_TABLES.map(tableInfo);
}

export const MASTER_TABLES: ReadonlySet<SyncedTable> = new Set(SYNCED_TABLES.filter((name) => tableInfo(name).kind === 'master'));
