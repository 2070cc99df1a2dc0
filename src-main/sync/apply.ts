import { ZodError } from 'zod';
import { newId } from '../../src-shared/domain/ids';
import type { Sqlite } from '../db/connection';
import { MASTER_TABLES, SyncError, type PulledChange, type SyncedTable } from './protocol';
import { columnsOf, localRowJson, parseRow, sameRow, type SyncedRow } from './rows';
import { writeCursor } from './state';

/**
 * Applies pulled changes and stores the new cursor in ONE local transaction: either the whole page and
 * its cursor commit, or nothing does and the next pull asks for the same page again.
 *
 * - Ledger facts (insert-only): absent -> inserted; present and equal -> no-op (our own rows coming back,
 *   replays); present and different -> a `sync_conflicts` row, never applied.
 * - Customers: the version with the greater (hlc, office) wins, per row; the clock moves past every
 *   version seen, so a later local edit outranks what was pulled.
 *
 * While applying, `sync_applying` holds a row so the outbox triggers do not push these rows back.
 * Foreign keys are off for the page: pulled entries name operators, subscriptions and plans of other
 * offices, which are not synced yet (docs/decisions/0015). The references that ARE synced (customer,
 * voided entry, entry of a line) are checked here, and a missing one fails the whole page.
 */

export interface ApplyOutcome {
  applied: number;
  unchanged: number;
  conflicts: number;
  cursor: number;
}

interface Context {
  sqlite: Sqlite;
  now: number;
  outcome: ApplyOutcome;
}

function exists(sqlite: Sqlite, table: string, id: string | number | null): boolean {
  if (id === null) return true;
  return Boolean(sqlite.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id));
}

function requireReferences(sqlite: Sqlite, table: SyncedTable, row: SyncedRow): void {
  const missing =
    table === 'ledger_entries'
      ? (!exists(sqlite, 'customers', row.customer_id ?? null) && 'customer') || (!exists(sqlite, 'ledger_entries', row.voids_entry_id ?? null) && 'voided entry')
      : table === 'ledger_lines' && !exists(sqlite, 'ledger_entries', row.entry_id ?? null) && 'entry';
  if (missing) throw new SyncError('SYNC_APPLY_FAILED', `${table} ${String(row.id)} arrived before its ${missing}`);
}

function insertRow(sqlite: Sqlite, table: SyncedTable, row: SyncedRow, extra: Record<string, number> = {}): void {
  const columns = [...columnsOf(table), ...Object.keys(extra)];
  const values = { ...row, ...extra };
  sqlite.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`).run(values);
}

function recordConflict(ctx: Context, change: PulledChange, local: SyncedRow | null, reason: string): void {
  const remote = JSON.stringify(change.payload);
  const known = ctx.sqlite
    .prepare("SELECT 1 FROM sync_conflicts WHERE side = 'pull' AND table_name = ? AND row_id = ? AND remote_payload = ?")
    .get(change.table, change.rowId, remote);
  if (!known) {
    ctx.sqlite
      .prepare(
        `INSERT INTO sync_conflicts (id, table_name, row_id, side, origin_office, local_payload, remote_payload, reason, detected_at)
         VALUES (?, ?, ?, 'pull', ?, ?, ?, ?, ?)`,
      )
      .run(newId(), change.table, change.rowId, change.office, local ? JSON.stringify(local) : null, remote, reason, ctx.now);
  }
  ctx.outcome.conflicts += 1;
}

function isConstraintError(error: unknown): error is Error {
  return error instanceof Error && 'code' in error && String((error as { code: unknown }).code).startsWith('SQLITE_CONSTRAINT');
}

function applyFact(ctx: Context, change: PulledChange, row: SyncedRow): void {
  const local = localRowJson(ctx.sqlite, change.table, change.rowId);
  if (local) {
    if (sameRow(local, row)) ctx.outcome.unchanged += 1;
    else recordConflict(ctx, change, local, 'same id, different content');
    return;
  }
  requireReferences(ctx.sqlite, change.table, row);
  try {
    insertRow(ctx.sqlite, change.table, row);
    ctx.outcome.applied += 1;
  } catch (error) {
    // e.g. the same entry voided in two offices while offline: both voids exist centrally, a person decides.
    if (!isConstraintError(error)) throw error;
    recordConflict(ctx, change, null, `refused here: ${error.message}`);
  }
}

interface Version {
  hlc: number;
  origin: string;
}

function newer(a: Version, b: Version | undefined): boolean {
  if (!b) return true;
  return a.hlc > b.hlc || (a.hlc === b.hlc && a.origin > b.origin);
}

function applyMaster(ctx: Context, change: PulledChange, row: SyncedRow): void {
  const hlc = change.hlc;
  if (hlc === null) throw new SyncError('SYNC_APPLY_FAILED', `${change.table} ${change.rowId} has no clock`);
  ctx.sqlite.prepare('UPDATE sync_clock SET hlc = max(hlc, ?) WHERE id = 1').run(hlc);
  const current = ctx.sqlite
    .prepare('SELECT hlc, origin FROM sync_row_versions WHERE table_name = ? AND row_id = ?')
    .get(change.table, change.rowId) as Version | undefined;
  const incoming = { hlc, origin: change.office };
  if (!newer(incoming, current)) {
    ctx.outcome.unchanged += 1;
    return;
  }
  try {
    if (exists(ctx.sqlite, change.table, change.rowId)) {
      const sets = columnsOf(change.table).filter((c) => c !== 'id').map((c) => `${c} = @${c}`);
      ctx.sqlite.prepare(`UPDATE ${change.table} SET ${sets.join(', ')} WHERE id = @id`).run(row);
    } else {
      // search_key is the local FTS rowid (docs/decisions/0010), never synced: the next free one here.
      const top = ctx.sqlite.prepare('SELECT coalesce(max(search_key), 0) AS top FROM customers').get() as { top: number };
      insertRow(ctx.sqlite, change.table, row, { search_key: top.top + 1 });
    }
  } catch (error) {
    // e.g. two offices handing out the same account number: kept for a person, not applied.
    if (!isConstraintError(error)) throw error;
    recordConflict(ctx, change, localRowJson(ctx.sqlite, change.table, change.rowId), `refused here: ${error.message}`);
    return;
  }
  ctx.sqlite
    .prepare(
      `INSERT INTO sync_row_versions (table_name, row_id, hlc, origin) VALUES (?, ?, ?, ?)
       ON CONFLICT (table_name, row_id) DO UPDATE SET hlc = excluded.hlc, origin = excluded.origin`,
    )
    .run(change.table, change.rowId, hlc, change.office);
  ctx.outcome.applied += 1;
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
  if (MASTER_TABLES.has(change.table)) applyMaster(ctx, change, row);
  else applyFact(ctx, change, row);
}

export function applyPulled(sqlite: Sqlite, changes: readonly PulledChange[], cursorBefore: number, now: number): ApplyOutcome {
  const outcome: ApplyOutcome = { applied: 0, unchanged: 0, conflicts: 0, cursor: cursorBefore };
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
