import type { Sqlite } from '../db/connection';

/**
 * The outbox collects changes only once the office syncs (docs/decisions/0015-sync.md): the triggers of
 * migrations/0015_sync.sql stay quiet until `sync_state` holds the key `outbox`. An office that never
 * syncs pays nothing per write (a billing run writes 100,000 ledger rows, P6) and its db does not grow a
 * second copy of its ledger. Starting the outbox queues the history first (customers, then entries,
 * then their lines, in an order another office can apply), in the same transaction that sets the key,
 * so nothing is queued twice or missed. Idempotent.
 */
const QUEUE_HISTORY: readonly string[] = [
  `UPDATE sync_clock SET hlc = max(hlc, coalesce((SELECT max(updated_at) * 1000 FROM customers), 0)) WHERE id = 1;`,
  `INSERT INTO sync_row_versions (table_name, row_id, hlc, origin)
SELECT 'customers', id, updated_at * 1000, coalesce((SELECT code FROM office LIMIT 1), '') FROM customers WHERE true
ON CONFLICT (table_name, row_id) DO NOTHING;`,
  `INSERT INTO sync_outbox (id, table_name, row_id, hlc, payload)
SELECT lower(substr(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)), 1, 8) || '-' || substr(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)), 9, 4) || '-7' || substr(hex(randomblob(2)), 2, 3) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2, 3) || '-' || hex(randomblob(6))), 'customers', c.id, c.updated_at * 1000, json_object('id', c.id, 'account_number', c.account_number, 'name', c.name, 'phones', c.phones, 'address', c.address, 'gps_lat', c.gps_lat, 'gps_lng', c.gps_lng, 'notes', c.notes, 'tags', c.tags, 'status', c.status, 'created_at', c.created_at, 'updated_at', c.updated_at)
FROM customers c ORDER BY c.created_at, c.id;`,
  `INSERT INTO sync_outbox (id, table_name, row_id, hlc, payload)
SELECT lower(substr(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)), 1, 8) || '-' || substr(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)), 9, 4) || '-7' || substr(hex(randomblob(2)), 2, 3) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2, 3) || '-' || hex(randomblob(6))), 'ledger_entries', r.id, NULL, json_object('id', r.id, 'customer_id', r.customer_id, 'kind', r.kind, 'number', r.number, 'amount_minor', r.amount_minor, 'occurred_at', r.occurred_at, 'due_date', r.due_date, 'method', r.method, 'reference', r.reference, 'memo', r.memo, 'subscription_id', r.subscription_id, 'voids_entry_id', r.voids_entry_id, 'created_by', r.created_by, 'created_at', r.created_at)
FROM ledger_entries r ORDER BY r.created_at, r.id;`,
  `INSERT INTO sync_outbox (id, table_name, row_id, hlc, payload)
SELECT lower(substr(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)), 1, 8) || '-' || substr(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)), 9, 4) || '-7' || substr(hex(randomblob(2)), 2, 3) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2, 3) || '-' || hex(randomblob(6))), 'ledger_lines', r.id, NULL, json_object('id', r.id, 'entry_id', r.entry_id, 'position', r.position, 'kind', r.kind, 'description', r.description, 'subscription_id', r.subscription_id, 'plan_id', r.plan_id, 'period_start', r.period_start, 'period_end', r.period_end, 'net_minor', r.net_minor, 'tax_rate_bp', r.tax_rate_bp, 'tax_minor', r.tax_minor, 'total_minor', r.total_minor)
FROM ledger_lines r ORDER BY (SELECT e.created_at FROM ledger_entries e WHERE e.id = r.entry_id), r.entry_id, r.position;`
];

export function startOutbox(sqlite: Sqlite): void {
  sqlite.transaction(() => {
    if (sqlite.prepare("SELECT 1 FROM sync_state WHERE key = 'outbox'").get()) return;
    for (const statement of QUEUE_HISTORY) sqlite.exec(statement);
    sqlite.prepare("INSERT INTO sync_state (key, value) VALUES ('outbox', 'on')").run();
  }).immediate();
}
