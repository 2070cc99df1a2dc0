import { createHash } from 'node:crypto';
import type { Sqlite } from '../db/connection';
import { jsonObjectSql } from './rows';
import { syncedTables, type SyncedTableInfo } from './tables';

/**
 * The outbox triggers, generated from tables.ts (docs/decisions/0015-sync.md). An AFTER trigger writes
 * every change of a synced table into `sync_outbox` inside the statement that made it, so the change and
 * its outbox row commit or roll back together, and no service had to change.
 *
 * They fire only once the office syncs (`sync_state` key `outbox`) and stay quiet while pulled rows are
 * applied (`sync_applying`), so other offices' rows are never pushed back as ours.
 *
 * Master data: an insert sends the whole row (`fields` NULL); an update sends the row with the list of
 * columns it set, and records a version per set column: that is what per-field last-writer-wins compares.
 * The hybrid logical clock is physical ms × 1000 + counter: `max(clock + 1, updated_at × 1000)`.
 *
 * Installed (dropped and re-created) at every start when the generated SQL changed, so a new app version
 * with a new column in a synced table sends that column without a hand-written migration.
 */

/** UUIDv7 in SQL: 48-bit unix ms, version 7, variant 10xx, random rest. */
const MUTATION_ID = `lower(substr(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)), 1, 8) || '-' || substr(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)), 9, 4) || '-7' || substr(hex(randomblob(2)), 2, 3) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2, 3) || '-' || hex(randomblob(6)))`;
const OFFICE = `coalesce((SELECT code FROM office LIMIT 1), '')`;
const CLOCK = `(SELECT hlc FROM sync_clock WHERE id = 1)`;
const ACTIVE = `EXISTS (SELECT 1 FROM sync_state WHERE key = 'outbox') AND NOT EXISTS (SELECT 1 FROM sync_applying)`;
const TICK = `UPDATE sync_clock SET hlc = max(hlc + 1, NEW.updated_at * 1000) WHERE id = 1;`;

export { MUTATION_ID as MUTATION_ID_SQL, OFFICE as OFFICE_CODE_SQL };

/** Columns whose change is a master-data edit worth sending (updated_at alone is not). */
function contentColumns(info: SyncedTableInfo): string[] {
  return info.mutable.filter((column) => column !== 'updated_at');
}

function changedColumnsSql(info: SyncedTableInfo): string {
  return [...contentColumns(info), 'updated_at'].map((column) => `SELECT '${column}' AS name WHERE OLD.${column} IS NOT NEW.${column}`).join(' UNION ALL ');
}

function masterTriggers(info: SyncedTableInfo): string[] {
  const t = info.name;
  const insert = `CREATE TRIGGER sync_out_${t}_insert AFTER INSERT ON ${t} WHEN ${ACTIVE}
BEGIN
  ${TICK}
  INSERT INTO sync_row_versions (table_name, row_id, hlc, origin) VALUES ('${t}', NEW.id, ${CLOCK}, ${OFFICE})
  ON CONFLICT (table_name, row_id) DO UPDATE SET hlc = excluded.hlc, origin = excluded.origin;
  INSERT INTO sync_outbox (id, table_name, row_id, hlc, fields, payload) VALUES (${MUTATION_ID}, '${t}', NEW.id, ${CLOCK}, NULL, ${jsonObjectSql(t, 'NEW')});
END`;
  const changed = contentColumns(info)
    .map((column) => `OLD.${column} IS NOT NEW.${column}`)
    .join(' OR ');
  const update = `CREATE TRIGGER sync_out_${t}_update AFTER UPDATE ON ${t} WHEN ${ACTIVE} AND (${changed})
BEGIN
  ${TICK}
  INSERT INTO sync_field_versions (table_name, row_id, field, hlc, origin)
  SELECT '${t}', NEW.id, f.name, ${CLOCK}, ${OFFICE} FROM (${changedColumnsSql(info)}) f WHERE true
  ON CONFLICT (table_name, row_id, field) DO UPDATE SET hlc = excluded.hlc, origin = excluded.origin;
  INSERT INTO sync_outbox (id, table_name, row_id, hlc, fields, payload)
  VALUES (${MUTATION_ID}, '${t}', NEW.id, ${CLOCK}, (SELECT json_group_array(f.name) FROM (${changedColumnsSql(info)}) f), ${jsonObjectSql(t, 'NEW')});
END`;
  return [insert, update];
}

function factTriggers(info: SyncedTableInfo): string[] {
  const t = info.name;
  const send = `INSERT INTO sync_outbox (id, table_name, row_id, hlc, fields, payload) VALUES (${MUTATION_ID}, '${t}', NEW.id, NULL, NULL, ${jsonObjectSql(t, 'NEW')});`;
  const when = info.factWhen;
  const insert = `CREATE TRIGGER sync_out_${t}_insert AFTER INSERT ON ${t} WHEN ${ACTIVE}${when ? ` AND (${when})` : ''}
BEGIN
  ${send}
END`;
  if (!when) return [insert];
  // A two-step fact (a shift closing) is sent once, when it becomes one.
  const before = when.replaceAll('NEW.', 'OLD.');
  const update = `CREATE TRIGGER sync_out_${t}_update AFTER UPDATE ON ${t} WHEN ${ACTIVE} AND NOT (${before}) AND (${when})
BEGIN
  ${send}
END`;
  return [insert, update];
}

export function outboxTriggerSql(): string[] {
  return syncedTables().flatMap((info) => (info.kind === 'master' ? masterTriggers(info) : factTriggers(info)));
}

/** Re-creates the outbox triggers when the generated SQL differs from what this db holds. Idempotent. */
export function installOutboxTriggers(sqlite: Sqlite): void {
  // A db from before the sync migration (only tests open one with an older migrations folder).
  if (!sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_state'").get()) return;
  const statements = outboxTriggerSql();
  const digest = createHash('sha256').update(statements.join(';\n')).digest('hex');
  const current = sqlite.prepare("SELECT value FROM sync_state WHERE key = 'triggers'").get() as { value: string } | undefined;
  if (current?.value === digest) return;
  sqlite.transaction(() => {
    const existing = sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND (name LIKE 'sync\\_out\\_%' ESCAPE '\\' OR name LIKE 'sync\\_outbox\\_%' ESCAPE '\\')")
      .pluck()
      .all() as string[];
    for (const name of existing) sqlite.exec(`DROP TRIGGER "${name}"`);
    for (const statement of statements) sqlite.exec(statement);
    sqlite
      .prepare("INSERT INTO sync_state (key, value) VALUES ('triggers', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
      .run(digest);
  })();
}
