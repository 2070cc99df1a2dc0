CREATE TABLE `report_voucher_stock` (
	`plan_key` text NOT NULL,
	`status` text NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`plan_key`, `status`)
);
--> statement-breakpoint
CREATE INDEX `vouchers_unpushed` ON `vouchers` (`router_id`,`batch_id`) WHERE status = 'generated' AND source = 'app';--> statement-breakpoint
-- Voucher stock per plan × status (issue 8, P4): kept in step with vouchers by triggers, so the dashboard's
-- stock card reads a few rows instead of counting every voucher. A row's count only moves by one, in the
-- statement that changes the voucher; rows that reach 0 stay (the report skips them). Backfilled below.
CREATE TRIGGER report_voucher_stock_on_insert AFTER INSERT ON vouchers
BEGIN
  INSERT INTO report_voucher_stock (plan_key, status, n) VALUES (coalesce(NEW.plan_id, ''), NEW.status, 1)
  ON CONFLICT (plan_key, status) DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER report_voucher_stock_on_update AFTER UPDATE OF plan_id, status ON vouchers
WHEN OLD.plan_id IS NOT NEW.plan_id OR OLD.status IS NOT NEW.status
BEGIN
  UPDATE report_voucher_stock SET n = n - 1 WHERE plan_key = coalesce(OLD.plan_id, '') AND status = OLD.status;
  INSERT INTO report_voucher_stock (plan_key, status, n) VALUES (coalesce(NEW.plan_id, ''), NEW.status, 1)
  ON CONFLICT (plan_key, status) DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER report_voucher_stock_on_delete AFTER DELETE ON vouchers
BEGIN
  UPDATE report_voucher_stock SET n = n - 1 WHERE plan_key = coalesce(OLD.plan_id, '') AND status = OLD.status;
END;
--> statement-breakpoint
INSERT INTO report_voucher_stock (plan_key, status, n)
SELECT coalesce(plan_id, ''), status, count(*) FROM vouchers GROUP BY coalesce(plan_id, ''), status;
