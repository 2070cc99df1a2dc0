import { ZodError } from 'zod';
import type { Sqlite } from '../db/connection';
import { SyncError, type PulledChange } from './protocol';
import { localRowJson, parseRow, sameRow, type SyncedRow } from './rows';
import { cached } from './statements';
import { recordConflict, type ConflictKind } from './conflict-store';
import { writeCursor } from './state';
import { tableInfo, type SyncedTable } from './tables';

/**
 * Applies pulled changes and stores the new cursor in ONE local transaction: either the whole page and
 * its cursor commit, or nothing does and the next pull asks for the same page again.
 *
 * - Ledger facts (insert-only): absent -> inserted; present and equal -> no-op (our own rows coming back,
 *   replays); present and different -> a `mismatch` conflict, never applied. A voucher sale for a voucher
 *   another office already sold is applied (both sales' money stays on the books) and kept as a
 *   `double_sale` conflict for a person.
 * - Master data: last-writer-wins per field. Each column the change set wins where its (hlc, office) is
 *   greater than the version of that column here; the clock moves past every version seen, so a later
 *   local edit outranks what was pulled. Central applies the same rule, so every office converges.
 * - A row this db's constraints refuse (an account number taken, an entry voided twice, a period billed
 *   twice) is kept as a `refused` conflict.
 *
 * While applying, `sync_applying` holds a row so the outbox triggers do not push these rows back.
 * Foreign keys are off for the page: pulled rows name operators and other local-only rows of other
 * offices. The references that ARE synced (tables.ts) are checked here: a missing one fails the page,
 * unless that parent was itself refused here (then the child is applied anyway: no money left out).
 */

export interface ApplyOutcome {
  applied: number;
  unchanged: number;
  conflicts: number;
  cursor: number;
  /** Rows written here by this page, per table (master rows with at least one winning field). */
  changed: Partial<Record<SyncedTable, string[]>>;
}

interface Context {
  sqlite: Sqlite;
  now: number;
  outcome: ApplyOutcome;
}

interface Version {
  hlc: number;
  origin: string;
}

const NO_VERSION: Version = { hlc: 0, origin: '' };

function exists(sqlite: Sqlite, table: string, id: string | number | null | undefined): boolean {
  if (id === null || id === undefined) return true;
  return Boolean(cached(sqlite, `SELECT 1 FROM ${table} WHERE id = ?`).get(id));
}

function refusedHere(sqlite: Sqlite, table: SyncedTable, id: string | number): boolean {
  return Boolean(cached(sqlite, "SELECT 1 FROM sync_conflicts WHERE table_name = ? AND row_id = ? AND kind = 'refused'").get(table, String(id)));
}

function requireReferences(sqlite: Sqlite, table: SyncedTable, row: SyncedRow): void {
  for (const [column, parent] of Object.entries(tableInfo(table).references)) {
    const id = row[column];
    if (exists(sqlite, parent, id) || (id !== null && id !== undefined && refusedHere(sqlite, parent, id))) continue;
    throw new SyncError('SYNC_APPLY_FAILED', `${table} ${String(row.id)} arrived before its ${parent} ${String(id)}`);
  }
}

/** Local-only NOT NULL columns a pulled row needs here (tables.ts `localOnly`). */
function localInsertValues(sqlite: Sqlite, table: SyncedTable): Record<string, string | number> {
  if (table === 'customers') {
    // search_key is the local FTS rowid (docs/decisions/0010): the next free one here.
    const top = cached(sqlite, 'SELECT coalesce(max(search_key), 0) AS top FROM customers').get() as { top: number };
    return { search_key: top.top + 1 };
  }
  // Sealed with the owner's machine key: another office never commands the router, so it holds none.
  if (table === 'routers') return { password_sealed: '' };
  return {};
}

function insertRow(sqlite: Sqlite, table: SyncedTable, row: SyncedRow): void {
  const values = { ...row, ...localInsertValues(sqlite, table) };
  const columns = Object.keys(values);
  cached(sqlite, `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`).run(values);
}

function conflict(ctx: Context, change: PulledChange, kind: ConflictKind, local: SyncedRow | null, reason: string): void {
  recordConflict(ctx.sqlite, {
    table: change.table,
    rowId: change.rowId,
    side: 'pull',
    kind,
    originOffice: change.office,
    local,
    remote: change.payload,
    reason,
    now: ctx.now,
  });
  ctx.outcome.conflicts += 1;
}

function isConstraintError(error: unknown): error is Error {
  return error instanceof Error && 'code' in error && String((error as { code: unknown }).code).startsWith('SQLITE_CONSTRAINT');
}

function markChanged(ctx: Context, table: SyncedTable, id: string): void {
  (ctx.outcome.changed[table] ??= []).push(id);
  ctx.outcome.applied += 1;
}

/** Another live sale of the same voucher (not a reversal, not reversed): the one this sale collides with. */
function otherSaleOf(sqlite: Sqlite, row: SyncedRow): SyncedRow | null {
  if (row.voucher_id === null || row.reverses_sale_id !== null) return null;
  const other = cached(
    sqlite,
      `SELECT s.id FROM voucher_sales s WHERE s.voucher_id = ? AND s.id <> ? AND s.reverses_sale_id IS NULL
       AND NOT EXISTS (SELECT 1 FROM voucher_sales r WHERE r.reverses_sale_id = s.id) LIMIT 1`,
  ).get(row.voucher_id, row.id) as { id: string } | undefined;
  return other ? localRowJson(sqlite, 'voucher_sales', other.id) : null;
}

function applyFact(ctx: Context, change: PulledChange, row: SyncedRow): void {
  const local = localRowJson(ctx.sqlite, change.table, change.rowId);
  if (local) {
    if (sameRow(local, row)) ctx.outcome.unchanged += 1;
    else conflict(ctx, change, 'mismatch', local, 'same id, different content');
    return;
  }
  requireReferences(ctx.sqlite, change.table, row);
  const firstSale = change.table === 'voucher_sales' ? otherSaleOf(ctx.sqlite, row) : null;
  try {
    insertRow(ctx.sqlite, change.table, row);
  } catch (error) {
    // e.g. the same entry voided in two offices while offline: both voids exist centrally, a person decides.
    if (!isConstraintError(error)) throw error;
    conflict(ctx, change, 'refused', null, `refused here: ${error.message}`);
    return;
  }
  markChanged(ctx, change.table, change.rowId);
  if (firstSale) {
    conflict(ctx, change, 'double_sale', firstSale, `voucher ${String(row.username)} sold twice: both sales stay on the books until a person voids one`);
  }
}

function versionsOf(sqlite: Sqlite, table: SyncedTable, rowId: string): { base: Version; fields: Map<string, Version> } {
  const base = (cached(sqlite, 'SELECT hlc, origin FROM sync_row_versions WHERE table_name = ? AND row_id = ?').get(table, rowId) as Version | undefined) ?? NO_VERSION;
  const rows = cached(sqlite, 'SELECT field, hlc, origin FROM sync_field_versions WHERE table_name = ? AND row_id = ?').all(table, rowId) as Array<Version & { field: string }>;
  return { base, fields: new Map(rows.map((r) => [r.field, { hlc: r.hlc, origin: r.origin }])) };
}

/** The same total order everywhere: hlc first, then the office code compared bytewise (as central's COLLATE "C"). */
function newer(a: Version, b: Version): boolean {
  return a.hlc > b.hlc || (a.hlc === b.hlc && a.origin > b.origin);
}

function fieldsOf(change: PulledChange): string[] {
  const mutable = tableInfo(change.table).mutable;
  if (change.fields === null) return [...mutable];
  const unknown = change.fields.find((field) => !mutable.includes(field));
  if (unknown) throw new SyncError('SYNC_APPLY_FAILED', `change ${change.seq}: ${change.table} has no synced column ${unknown}`);
  return change.fields;
}

function insertMaster(ctx: Context, change: PulledChange, row: SyncedRow, incoming: Version): void {
  requireReferences(ctx.sqlite, change.table, row);
  insertRow(ctx.sqlite, change.table, row);
  cached(
    ctx.sqlite,
    `INSERT INTO sync_row_versions (table_name, row_id, hlc, origin) VALUES (?, ?, ?, ?)
     ON CONFLICT (table_name, row_id) DO UPDATE SET hlc = excluded.hlc, origin = excluded.origin`,
  ).run(change.table, change.rowId, incoming.hlc, incoming.origin);
}

function updateMaster(ctx: Context, change: PulledChange, row: SyncedRow, incoming: Version, winners: readonly string[]): void {
  requireReferences(ctx.sqlite, change.table, row);
  const sets = winners.map((column) => `${column} = @${column}`).join(', ');
  const values = Object.fromEntries(['id', ...winners].map((column) => [column, row[column] ?? null]));
  cached(ctx.sqlite, `UPDATE ${change.table} SET ${sets} WHERE id = @id`).run(values);
  const version = cached(
    ctx.sqlite,
    `INSERT INTO sync_field_versions (table_name, row_id, field, hlc, origin) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (table_name, row_id, field) DO UPDATE SET hlc = excluded.hlc, origin = excluded.origin`,
  );
  for (const field of winners) version.run(change.table, change.rowId, field, incoming.hlc, incoming.origin);
}

function applyMaster(ctx: Context, change: PulledChange, row: SyncedRow): void {
  const hlc = change.hlc;
  if (hlc === null) throw new SyncError('SYNC_APPLY_FAILED', `${change.table} ${change.rowId} has no clock`);
  cached(ctx.sqlite, 'UPDATE sync_clock SET hlc = max(hlc, ?) WHERE id = 1').run(hlc);
  const incoming: Version = { hlc, origin: change.office };
  const fields = fieldsOf(change);
  const present = exists(ctx.sqlite, change.table, change.rowId);
  const versions = present ? versionsOf(ctx.sqlite, change.table, change.rowId) : null;
  const winners = versions ? fields.filter((field) => newer(incoming, versions.fields.get(field) ?? versions.base)) : fields;
  if (winners.length === 0) {
    ctx.outcome.unchanged += 1;
    return;
  }
  try {
    if (present) updateMaster(ctx, change, row, incoming, winners);
    else insertMaster(ctx, change, row, incoming);
  } catch (error) {
    // e.g. two offices handing out the same account number: kept for a person, not applied.
    if (!isConstraintError(error)) throw error;
    conflict(ctx, change, 'refused', localRowJson(ctx.sqlite, change.table, change.rowId), `refused here: ${error.message}`);
    return;
  }
  markChanged(ctx, change.table, change.rowId);
}

function applyOne(ctx: Context, change: PulledChange): void {
  let row: SyncedRow;
  try {
    row = parseRow(change.table, change.payload);
  } catch (error) {
    const reason = error instanceof ZodError ? error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ') : String(error);
    throw new SyncError('SYNC_APPLY_FAILED', `change ${change.seq} (${change.table} ${change.rowId}) is malformed: ${reason}`);
  }
  if (row.id !== change.rowId) throw new SyncError('SYNC_APPLY_FAILED', `change ${change.seq}: payload id differs from row id`);
  if (tableInfo(change.table).kind === 'master') applyMaster(ctx, change, row);
  else applyFact(ctx, change, row);
}

export function applyPulled(sqlite: Sqlite, changes: readonly PulledChange[], cursorBefore: number, now: number): ApplyOutcome {
  const outcome: ApplyOutcome = { applied: 0, unchanged: 0, conflicts: 0, cursor: cursorBefore, changed: {} };
  const ctx: Context = { sqlite, now, outcome };
  sqlite.pragma('foreign_keys = OFF');
  try {
    sqlite.transaction(() => {
      sqlite.prepare('INSERT INTO sync_applying (id) VALUES (1)').run();
      for (const change of changes) {
        if (change.seq <= outcome.cursor) throw new SyncError('SYNC_APPLY_FAILED', `change ${change.seq} is not after cursor ${outcome.cursor}`);
        applyOne(ctx, change);
        outcome.cursor = change.seq;
      }
      writeCursor(sqlite, outcome.cursor);
      sqlite.prepare('DELETE FROM sync_applying').run();
    })();
  } catch (error) {
    if (error instanceof SyncError) throw error;
    throw new SyncError('SYNC_APPLY_FAILED', error instanceof Error ? error.message : String(error), { cause: error });
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
  return outcome;
}

