import { newId } from '../../src-shared/domain/ids';
import type { Sqlite } from '../db/connection';
import { SYNCED_TABLES, type OutgoingMutation, type PushResult, type RowPayload, type SyncedTable } from './protocol';

/** Reading and acknowledging the local outbox (filled by the triggers of triggers.ts). */

interface OutboxRow {
  seq: number;
  id: string;
  table_name: string;
  row_id: string;
  hlc: number | null;
  fields: string | null;
  payload: string;
}

function asTable(name: string): SyncedTable {
  const table = SYNCED_TABLES.find((candidate) => candidate === name);
  if (!table) throw new Error(`sync_outbox holds a row of an unsynced table: ${name}`);
  return table;
}

/** The oldest `limit` rows not yet acknowledged by central, in commit order. */
export function pendingBatch(sqlite: Sqlite, limit: number): OutgoingMutation[] {
  const rows = sqlite
    .prepare('SELECT seq, id, table_name, row_id, hlc, fields, payload FROM sync_outbox WHERE pushed_at IS NULL ORDER BY seq LIMIT ?')
    .all(limit) as OutboxRow[];
  return rows.map((row) => ({
    id: row.id,
    table: asTable(row.table_name),
    rowId: row.row_id,
    hlc: row.hlc,
    fields: row.fields === null ? null : (JSON.parse(row.fields) as string[]),
    payload: JSON.parse(row.payload) as RowPayload,
  }));
}

export function backlog(sqlite: Sqlite): number {
  return (sqlite.prepare('SELECT count(*) AS n FROM sync_outbox WHERE pushed_at IS NULL').get() as { n: number }).n;
}

/**
 * After central acknowledged `batch`: marks it pushed and records central's refusals (same ledger id,
 * different content) as conflicts, in one transaction. Until this commits, a crash only means the batch
 * is pushed again, which central answers as duplicates.
 */
export function acknowledge(sqlite: Sqlite, batch: readonly OutgoingMutation[], result: PushResult, now: number): void {
  const mark = sqlite.prepare('UPDATE sync_outbox SET pushed_at = ? WHERE id = ? AND pushed_at IS NULL');
  const known = sqlite.prepare("SELECT 1 FROM sync_conflicts WHERE side = 'push' AND row_id = ? AND table_name = ? AND resolved_at IS NULL");
  const conflict = sqlite.prepare(
    `INSERT INTO sync_conflicts (id, table_name, row_id, side, kind, origin_office, local_payload, remote_payload, reason, detected_at)
     VALUES (?, ?, ?, 'push', ?, NULL, ?, ?, ?, ?)`,
  );
  const byId = new Map(batch.map((mutation) => [mutation.id, mutation]));
  sqlite.transaction(() => {
    for (const mutation of batch) mark.run(now, mutation.id);
    for (const refusal of result.rejected) {
      const mutation = byId.get(refusal.id);
      if (!mutation || known.get(mutation.rowId, mutation.table)) continue;
      const remote = refusal.existing === undefined ? null : JSON.stringify(refusal.existing);
      conflict.run(newId(), mutation.table, mutation.rowId, refusal.kind, JSON.stringify(mutation.payload), remote, `central refused: ${refusal.reason}`, now);
    }
  })();
}
