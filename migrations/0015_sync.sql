CREATE TABLE `sync_applying` (
	`id` integer PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sync_clock` (
	`id` integer PRIMARY KEY NOT NULL,
	`hlc` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sync_conflicts` (
	`id` text PRIMARY KEY NOT NULL,
	`table_name` text NOT NULL,
	`row_id` text NOT NULL,
	`side` text NOT NULL,
	`origin_office` text,
	`local_payload` text,
	`remote_payload` text,
	`reason` text NOT NULL,
	`detected_at` integer NOT NULL,
	`resolved_at` integer
);
--> statement-breakpoint
CREATE INDEX `sync_conflicts_open` ON `sync_conflicts` (`resolved_at`,`detected_at`);--> statement-breakpoint
CREATE TABLE `sync_outbox` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`table_name` text NOT NULL,
	`row_id` text NOT NULL,
	`hlc` integer,
	`payload` text NOT NULL,
	`pushed_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sync_outbox_id` ON `sync_outbox` (`id`);--> statement-breakpoint
CREATE INDEX `sync_outbox_pending` ON `sync_outbox` (`pushed_at`,`seq`);--> statement-breakpoint
CREATE TABLE `sync_row_versions` (
	`table_name` text NOT NULL,
	`row_id` text NOT NULL,
	`hlc` integer NOT NULL,
	`origin` text NOT NULL,
	PRIMARY KEY(`table_name`, `row_id`)
);
--> statement-breakpoint
CREATE TABLE `sync_state` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);

--> statement-breakpoint
-- Sync outbox (issue 7, docs/decisions/0015-sync.md). Triggers write every change of a synced table into
-- sync_outbox inside the transaction that makes it, so a change and its outbox row commit or roll back
-- together. While the sync service applies pulled rows it puts a row in sync_applying, and the triggers
-- stay quiet: facts from other offices must not be pushed back as ours. Mutation ids are UUIDv7 made here
-- (48-bit unix ms, version 7, variant 10xx, random rest); order is the outbox's own seq.
INSERT INTO sync_clock (id, hlc) VALUES (1, 0);
--> statement-breakpoint
CREATE TRIGGER sync_outbox_customers_insert AFTER INSERT ON customers
WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'outbox') AND NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
  -- Hybrid logical clock: the service's write time in ms × 1000, or one tick past the last clock value.
  UPDATE sync_clock SET hlc = max(hlc + 1, NEW.updated_at * 1000) WHERE id = 1;
  INSERT INTO sync_row_versions (table_name, row_id, hlc, origin)
  VALUES ('customers', NEW.id, (SELECT hlc FROM sync_clock WHERE id = 1), coalesce((SELECT code FROM office LIMIT 1), ''))
  ON CONFLICT (table_name, row_id) DO UPDATE SET hlc = excluded.hlc, origin = excluded.origin;
  INSERT INTO sync_outbox (id, table_name, row_id, hlc, payload)
  VALUES (lower(substr(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)), 1, 8) || '-' || substr(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)), 9, 4) || '-7' || substr(hex(randomblob(2)), 2, 3) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2, 3) || '-' || hex(randomblob(6))), 'customers', NEW.id, (SELECT hlc FROM sync_clock WHERE id = 1), json_object('id', NEW.id, 'account_number', NEW.account_number, 'name', NEW.name, 'phones', NEW.phones, 'address', NEW.address, 'gps_lat', NEW.gps_lat, 'gps_lng', NEW.gps_lng, 'notes', NEW.notes, 'tags', NEW.tags, 'status', NEW.status, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at));
END;
--> statement-breakpoint
CREATE TRIGGER sync_outbox_customers_update AFTER UPDATE ON customers
WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'outbox') AND NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
  -- Hybrid logical clock: the service's write time in ms × 1000, or one tick past the last clock value.
  UPDATE sync_clock SET hlc = max(hlc + 1, NEW.updated_at * 1000) WHERE id = 1;
  INSERT INTO sync_row_versions (table_name, row_id, hlc, origin)
  VALUES ('customers', NEW.id, (SELECT hlc FROM sync_clock WHERE id = 1), coalesce((SELECT code FROM office LIMIT 1), ''))
  ON CONFLICT (table_name, row_id) DO UPDATE SET hlc = excluded.hlc, origin = excluded.origin;
  INSERT INTO sync_outbox (id, table_name, row_id, hlc, payload)
  VALUES (lower(substr(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)), 1, 8) || '-' || substr(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)), 9, 4) || '-7' || substr(hex(randomblob(2)), 2, 3) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2, 3) || '-' || hex(randomblob(6))), 'customers', NEW.id, (SELECT hlc FROM sync_clock WHERE id = 1), json_object('id', NEW.id, 'account_number', NEW.account_number, 'name', NEW.name, 'phones', NEW.phones, 'address', NEW.address, 'gps_lat', NEW.gps_lat, 'gps_lng', NEW.gps_lng, 'notes', NEW.notes, 'tags', NEW.tags, 'status', NEW.status, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at));
END;
--> statement-breakpoint
CREATE TRIGGER sync_outbox_ledger_entries_insert AFTER INSERT ON ledger_entries
WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'outbox') AND NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
  INSERT INTO sync_outbox (id, table_name, row_id, hlc, payload)
  VALUES (lower(substr(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)), 1, 8) || '-' || substr(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)), 9, 4) || '-7' || substr(hex(randomblob(2)), 2, 3) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2, 3) || '-' || hex(randomblob(6))), 'ledger_entries', NEW.id, NULL, json_object('id', NEW.id, 'customer_id', NEW.customer_id, 'kind', NEW.kind, 'number', NEW.number, 'amount_minor', NEW.amount_minor, 'occurred_at', NEW.occurred_at, 'due_date', NEW.due_date, 'method', NEW.method, 'reference', NEW.reference, 'memo', NEW.memo, 'subscription_id', NEW.subscription_id, 'voids_entry_id', NEW.voids_entry_id, 'created_by', NEW.created_by, 'created_at', NEW.created_at));
END;
--> statement-breakpoint
CREATE TRIGGER sync_outbox_ledger_lines_insert AFTER INSERT ON ledger_lines
WHEN EXISTS (SELECT 1 FROM sync_state WHERE key = 'outbox') AND NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
  INSERT INTO sync_outbox (id, table_name, row_id, hlc, payload)
  VALUES (lower(substr(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)), 1, 8) || '-' || substr(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)), 9, 4) || '-7' || substr(hex(randomblob(2)), 2, 3) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2, 3) || '-' || hex(randomblob(6))), 'ledger_lines', NEW.id, NULL, json_object('id', NEW.id, 'entry_id', NEW.entry_id, 'position', NEW.position, 'kind', NEW.kind, 'description', NEW.description, 'subscription_id', NEW.subscription_id, 'plan_id', NEW.plan_id, 'period_start', NEW.period_start, 'period_end', NEW.period_end, 'net_minor', NEW.net_minor, 'tax_rate_bp', NEW.tax_rate_bp, 'tax_minor', NEW.tax_minor, 'total_minor', NEW.total_minor));
END;
