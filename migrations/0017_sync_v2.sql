CREATE TABLE `sync_field_versions` (
	`table_name` text NOT NULL,
	`row_id` text NOT NULL,
	`field` text NOT NULL,
	`hlc` integer NOT NULL,
	`origin` text NOT NULL,
	PRIMARY KEY(`table_name`, `row_id`, `field`)
);
--> statement-breakpoint
DROP INDEX `routers_name_live`;--> statement-breakpoint
CREATE UNIQUE INDEX `routers_name_live` ON `routers` (`office_code`,`name`) WHERE deleted_at IS NULL;--> statement-breakpoint
ALTER TABLE `customers` ADD `home_office` text;--> statement-breakpoint
ALTER TABLE `sync_conflicts` ADD `kind` text DEFAULT 'mismatch' NOT NULL;--> statement-breakpoint
ALTER TABLE `sync_conflicts` ADD `resolved_by` text;--> statement-breakpoint
ALTER TABLE `sync_conflicts` ADD `resolution` text;--> statement-breakpoint
ALTER TABLE `sync_conflicts` ADD `resolution_note` text;--> statement-breakpoint
ALTER TABLE `sync_outbox` ADD `fields` text;
--> statement-breakpoint
-- Customers written before sync knew about home offices belong to this office.
UPDATE customers SET home_office = (SELECT code FROM office LIMIT 1) WHERE home_office IS NULL;
--> statement-breakpoint
-- The outbox triggers are generated from src-main/sync/tables.ts and installed at start-up
-- (src-main/sync/triggers.ts), for every synced table; the hand-written ones of 0015 go.
DROP TRIGGER IF EXISTS sync_outbox_customers_insert;
--> statement-breakpoint
DROP TRIGGER IF EXISTS sync_outbox_customers_update;
--> statement-breakpoint
DROP TRIGGER IF EXISTS sync_outbox_ledger_entries_insert;
--> statement-breakpoint
DROP TRIGGER IF EXISTS sync_outbox_ledger_lines_insert;
