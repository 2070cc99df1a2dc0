CREATE TABLE `report_sales_daily` (
	`day` integer NOT NULL,
	`kind` text NOT NULL,
	`operator_id` text NOT NULL,
	`plan_key` text NOT NULL,
	`method` text NOT NULL,
	`amount_minor` integer NOT NULL,
	`entry_count` integer NOT NULL,
	PRIMARY KEY(`day`, `kind`, `operator_id`, `plan_key`, `method`)
);
--> statement-breakpoint
CREATE TABLE `report_zone` (
	`id` integer PRIMARY KEY NOT NULL,
	`time_zone` text NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `report_zone_offsets` (
	`from_utc` integer PRIMARY KEY NOT NULL,
	`offset_ms` integer NOT NULL
);
--> statement-breakpoint
-- Reports (docs/decisions/0014-reports.md): the daily sales summary follows the insert-only till ledger by
-- trigger, so a sale or void and its summary row commit together. The backfill reads existing entries; the
-- office zone offsets are filled (and the summary rebuilt) by the reports service at start-up.
CREATE TRIGGER report_sales_daily_on_till_entry AFTER INSERT ON till_entries
BEGIN
  INSERT INTO report_sales_daily (day, kind, operator_id, plan_key, method, amount_minor, entry_count)
  VALUES (((NEW.created_at + coalesce((SELECT z.offset_ms FROM report_zone_offsets z WHERE z.from_utc <= NEW.created_at ORDER BY z.from_utc DESC LIMIT 1), 0)) / 86400000), (CASE NEW.kind WHEN 'void' THEN CASE WHEN NEW.ledger_entry_id IS NULL THEN 'void_sale' ELSE 'void_payment' END ELSE NEW.kind END), coalesce(NEW.operator_id, ''), coalesce(NEW.plan_id, ''), coalesce(NEW.method, ''), NEW.amount_minor, 1)
  ON CONFLICT (day, kind, operator_id, plan_key, method) DO UPDATE SET amount_minor = amount_minor + excluded.amount_minor, entry_count = entry_count + 1;
END;
--> statement-breakpoint
INSERT INTO report_sales_daily (day, kind, operator_id, plan_key, method, amount_minor, entry_count)
SELECT day, kind, operator_id, plan_key, method, sum(amount_minor), count(*) FROM (
  SELECT ((e.created_at + coalesce((SELECT z.offset_ms FROM report_zone_offsets z WHERE z.from_utc <= e.created_at ORDER BY z.from_utc DESC LIMIT 1), 0)) / 86400000) AS day, (CASE e.kind WHEN 'void' THEN CASE WHEN e.ledger_entry_id IS NULL THEN 'void_sale' ELSE 'void_payment' END ELSE e.kind END) AS kind, coalesce(e.operator_id, '') AS operator_id, coalesce(e.plan_id, '') AS plan_key, coalesce(e.method, '') AS method, e.amount_minor AS amount_minor FROM till_entries e
) GROUP BY day, kind, operator_id, plan_key, method;
