import { newId } from '../../src-shared/domain/ids';
import type { Sqlite } from '../db/connection';
import type { SyncConflictKind } from '../db/schema';
import { cached } from './statements';

/**
 * Recording sync conflicts: rows a person must look at (docs/decisions/0015-sync.md). The same conflict
 * met again (a replayed page, a re-pushed batch) is not recorded twice.
 */
export type ConflictKind = SyncConflictKind;

export interface NewConflict {
  table: string;
  rowId: string;
  side: 'push' | 'pull';
  kind: ConflictKind;
  originOffice: string | null;
  local: object | null;
  remote: object | null;
  reason: string;
  now: number;
}

export function recordConflict(sqlite: Sqlite, conflict: NewConflict): void {
  const remote = conflict.remote === null ? null : JSON.stringify(conflict.remote);
  const known = cached(
    sqlite,
    'SELECT 1 FROM sync_conflicts WHERE side = ? AND kind = ? AND table_name = ? AND row_id = ? AND remote_payload IS ?',
  ).get(conflict.side, conflict.kind, conflict.table, conflict.rowId, remote);
  if (known) return;
  cached(
    sqlite,
    `INSERT INTO sync_conflicts (id, table_name, row_id, side, kind, origin_office, local_payload, remote_payload, reason, detected_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    newId(),
    conflict.table,
    conflict.rowId,
    conflict.side,
    conflict.kind,
    conflict.originOffice,
    conflict.local === null ? null : JSON.stringify(conflict.local),
    remote,
    conflict.reason,
    conflict.now,
  );
}
