import type { Sqlite } from '../db/connection';
import { jsonObjectSql } from './rows';
import { MUTATION_ID_SQL, OFFICE_CODE_SQL, installOutboxTriggers } from './triggers';
import { syncedTables, type SyncedTableInfo } from './tables';

/**
 * The outbox collects changes only once the office syncs (docs/decisions/0015-sync.md): the triggers stay
 * quiet until `sync_state` holds the key `outbox`. An office that never syncs pays nothing per write (a
 * billing run writes 100,000 ledger rows, P6) and its db does not grow a second copy of its ledger.
 * Starting the outbox queues the history first, table by table in dependency order (tables.ts) and by
 * id within a table (UUIDv7: creation order, so a void follows what it voids), in the same transaction
 * that sets the key, so nothing is queued twice or missed. Idempotent.
 */
function queueHistory(sqlite: Sqlite, info: SyncedTableInfo): void {
  const t = info.name;
  if (info.kind === 'master') {
    sqlite.exec(`UPDATE sync_clock SET hlc = max(hlc, coalesce((SELECT max(updated_at) * 1000 FROM ${t}), 0)) WHERE id = 1`);
    sqlite.exec(`INSERT INTO sync_row_versions (table_name, row_id, hlc, origin)
      SELECT '${t}', id, updated_at * 1000, ${OFFICE_CODE_SQL} FROM ${t} WHERE true
      ON CONFLICT (table_name, row_id) DO NOTHING`);
  }
  const hlc = info.kind === 'master' ? 'r.updated_at * 1000' : 'NULL';
  const when = info.factWhen ? `WHERE ${info.factWhen.replaceAll('NEW.', 'r.')}` : '';
  sqlite.exec(`INSERT INTO sync_outbox (id, table_name, row_id, hlc, fields, payload)
    SELECT ${MUTATION_ID_SQL}, '${t}', r.id, ${hlc}, NULL, ${jsonObjectSql(t, 'r')} FROM ${t} r ${when} ORDER BY r.id`);
}

export function startOutbox(sqlite: Sqlite): void {
  installOutboxTriggers(sqlite);
  sqlite.transaction(() => {
    if (sqlite.prepare("SELECT 1 FROM sync_state WHERE key = 'outbox'").get()) return;
    for (const info of syncedTables()) queueHistory(sqlite, info);
    sqlite.prepare("INSERT INTO sync_state (key, value) VALUES ('outbox', 'on')").run();
  }).immediate();
}

/** True once the office has joined sync (its changes are being queued). */
export function outboxStarted(sqlite: Sqlite): boolean {
  return Boolean(sqlite.prepare("SELECT 1 FROM sync_state WHERE key = 'outbox'").get());
}
