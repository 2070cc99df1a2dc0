import { z } from 'zod';
import type { Sqlite } from '../db/connection';
import { AppError } from '../../src-shared/ipc/result';
import type { SyncConflict, SyncResolutionName } from '../../src-shared/ipc/schemas/sync';
import { outboxStarted } from './outbox-start';
import { MASTER_TABLES, SYNCED_TABLES, type SyncedTable } from './protocol';
import { jsonObjectSql, localRowJson, parseRow, type SyncedRow } from './rows';
import { tableInfo } from './tables';
import { MUTATION_ID_SQL, OFFICE_CODE_SQL } from './triggers';

/**
 * The conflicts page (docs/decisions/0015-sync.md): rows sync kept for a person, and what that person
 * decided. Nothing is ever deleted and no money leaves the books:
 * - `acknowledged` (any conflict): both facts stay; the person voids the wrong document the normal way.
 * - `took_remote` (master data): the remote version's columns become a normal local edit, so the outbox
 *   triggers send it to every office with a newer clock than anything seen.
 * - `kept_local` (master data): the local row is sent again, every field with a newer clock, so the local
 *   version wins everywhere.
 */
interface ConflictRow {
  id: string;
  table_name: string;
  row_id: string;
  side: 'push' | 'pull';
  kind: SyncConflict['kind'];
  origin_office: string | null;
  local_payload: string | null;
  remote_payload: string | null;
  reason: string;
  detected_at: number;
  resolved_at: number | null;
  resolved_by: string | null;
  resolution: SyncResolutionName | null;
  resolution_note: string | null;
}

const payloadSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));

function parsePayload(text: string | null): Record<string, string | number | boolean | null> | null {
  if (text === null) return null;
  try {
    const parsed = payloadSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function syncedTable(name: string): SyncedTable | null {
  return (SYNCED_TABLES as readonly string[]).includes(name) ? (name as SyncedTable) : null;
}

/** Master data whose local row is here can be kept or replaced; everything else is acknowledged. */
function masterRowHere(sqlite: Sqlite, row: ConflictRow): SyncedRow | null {
  const table = syncedTable(row.table_name);
  if (!table || !MASTER_TABLES.has(table)) return null;
  return localRowJson(sqlite, table, row.row_id);
}

function allowedFor(sqlite: Sqlite, row: ConflictRow): SyncResolutionName[] {
  if (row.resolved_at !== null) return [];
  if (!masterRowHere(sqlite, row)) return ['acknowledged'];
  return row.remote_payload === null ? ['kept_local', 'acknowledged'] : ['kept_local', 'took_remote', 'acknowledged'];
}

function toConflict(sqlite: Sqlite, row: ConflictRow): SyncConflict {
  // For master data the row as it is now is what "keep local" keeps; for facts, what conflicted.
  const current = masterRowHere(sqlite, row);
  return {
    id: row.id,
    table: row.table_name,
    rowId: row.row_id,
    side: row.side,
    kind: row.kind,
    originOffice: row.origin_office,
    local: current ?? parsePayload(row.local_payload),
    remote: parsePayload(row.remote_payload),
    reason: row.reason,
    detectedAt: row.detected_at,
    resolvedAt: row.resolved_at,
    resolvedBy: row.resolved_by,
    resolution: row.resolution,
    resolutionNote: row.resolution_note,
    allowed: allowedFor(sqlite, row),
  };
}

const STATUS_WHERE = { open: 'resolved_at IS NULL', resolved: 'resolved_at IS NOT NULL', all: '1 = 1' } as const;

export function listConflicts(
  sqlite: Sqlite,
  query: { status: keyof typeof STATUS_WHERE; limit: number; offset: number },
): { total: number; items: SyncConflict[] } {
  const where = STATUS_WHERE[query.status];
  const total = (sqlite.prepare(`SELECT count(*) AS n FROM sync_conflicts WHERE ${where}`).get() as { n: number }).n;
  const rows = sqlite
    .prepare(`SELECT * FROM sync_conflicts WHERE ${where} ORDER BY detected_at DESC, id DESC LIMIT ? OFFSET ?`)
    .all(query.limit, query.offset) as ConflictRow[];
  return { total, items: rows.map((row) => toConflict(sqlite, row)) };
}

function isConstraintError(error: unknown): error is Error {
  return error instanceof Error && 'code' in error && String((error as { code: unknown }).code).startsWith('SQLITE_CONSTRAINT');
}

/** Writes the remote version's synced columns onto the local row, as an edit made here now. */
function takeRemote(sqlite: Sqlite, table: SyncedTable, row: ConflictRow, now: number): void {
  let remote: SyncedRow;
  try {
    remote = parseRow(table, parsePayload(row.remote_payload));
  } catch {
    throw new AppError('CONFLICT', 'The remote version does not fit this version of the app; acknowledge it instead.', { reason: 'remote-unreadable' });
  }
  const columns = tableInfo(table).mutable.filter((column) => column !== 'updated_at' && column in remote);
  const values: Record<string, string | number | null> = { id: row.row_id, updated_at: now };
  for (const column of columns) values[column] = remote[column] ?? null;
  const sets = [...columns, 'updated_at'].map((column) => `${column} = @${column}`).join(', ');
  try {
    sqlite.prepare(`UPDATE ${table} SET ${sets} WHERE id = @id`).run(values);
  } catch (error) {
    if (!isConstraintError(error)) throw error;
    throw new AppError('CONFLICT', `The remote version cannot be taken here: ${error.message}. Change the row it clashes with first, or acknowledge.`, {
      reason: 'remote-refused',
    });
  }
}

/**
 * Re-saves the local row with updated_at = now and queues it whole, every field with a new version: an
 * update that changes no content would not fire the outbox trigger, yet the local version must win.
 */
function keepLocal(sqlite: Sqlite, table: SyncedTable, rowId: string, now: number): void {
  sqlite.prepare(`UPDATE ${table} SET updated_at = max(updated_at, ?) WHERE id = ?`).run(now, rowId);
  if (!outboxStarted(sqlite)) return;
  const fields = tableInfo(table).mutable;
  sqlite.prepare('UPDATE sync_clock SET hlc = max(hlc + 1, ? * 1000) WHERE id = 1').run(now);
  const clock = '(SELECT hlc FROM sync_clock WHERE id = 1)';
  const version = sqlite.prepare(
    `INSERT INTO sync_field_versions (table_name, row_id, field, hlc, origin) VALUES (?, ?, ?, ${clock}, ${OFFICE_CODE_SQL})
     ON CONFLICT (table_name, row_id, field) DO UPDATE SET hlc = excluded.hlc, origin = excluded.origin`,
  );
  for (const field of fields) version.run(table, rowId, field);
  sqlite
    .prepare(
      `INSERT INTO sync_outbox (id, table_name, row_id, hlc, fields, payload)
       SELECT ${MUTATION_ID_SQL}, ?, r.id, ${clock}, ?, ${jsonObjectSql(table, 'r')} FROM ${table} r WHERE r.id = ?`,
    )
    .run(table, JSON.stringify(fields), rowId);
}

/** Runs inside the caller's transaction, so the change and the resolution commit (or fail) together. */
export function resolveConflict(
  sqlite: Sqlite,
  input: { id: string; resolution: SyncResolutionName; note: string },
  by: string | null,
  now: number,
): SyncConflict {
  const row = sqlite.prepare('SELECT * FROM sync_conflicts WHERE id = ?').get(input.id) as ConflictRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'This conflict does not exist.', { id: input.id });
  if (row.resolved_at !== null) {
    throw new AppError('CONFLICT', 'This conflict has already been resolved.', { reason: 'already-resolved', resolution: row.resolution });
  }
  if (!allowedFor(sqlite, row).includes(input.resolution)) {
    throw new AppError('CONFLICT', 'Only master data present here can be kept or replaced; acknowledge this conflict and correct it the normal way.', {
      reason: 'resolution-not-allowed',
      resolution: input.resolution,
    });
  }
  const table = syncedTable(row.table_name);
  if (table && input.resolution === 'took_remote') takeRemote(sqlite, table, row, now);
  if (table && input.resolution === 'kept_local') keepLocal(sqlite, table, row.row_id, now);
  sqlite
    .prepare('UPDATE sync_conflicts SET resolved_at = ?, resolved_by = ?, resolution = ?, resolution_note = ? WHERE id = ? AND resolved_at IS NULL')
    .run(now, by, input.resolution, input.note === '' ? null : input.note, row.id);
  const resolved = sqlite.prepare('SELECT * FROM sync_conflicts WHERE id = ?').get(row.id) as ConflictRow;
  return toConflict(sqlite, resolved);
}
