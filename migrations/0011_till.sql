CREATE TABLE `till_entries` (
	`id` text PRIMARY KEY NOT NULL,
	`receipt_id` text NOT NULL,
	`shift_id` text NOT NULL,
	`operator_id` text,
	`kind` text NOT NULL,
	`method` text,
	`amount_minor` integer NOT NULL,
	`reference` text,
	`description` text DEFAULT '' NOT NULL,
	`voucher_id` text,
	`voucher_sale_id` text,
	`voucher_prior_status` text,
	`plan_id` text,
	`plan_name` text,
	`customer_id` text,
	`ledger_entry_id` text,
	`voids_entry_id` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`receipt_id`) REFERENCES `till_receipts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`shift_id`) REFERENCES `till_shifts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`operator_id`) REFERENCES `operators`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`voucher_id`) REFERENCES `vouchers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`voucher_sale_id`) REFERENCES `voucher_sales`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`ledger_entry_id`) REFERENCES `ledger_entries`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`voids_entry_id`) REFERENCES `till_entries`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "till_entries_amount_integer" CHECK(typeof(amount_minor) = 'integer'),
	CONSTRAINT "till_entries_method_iff_money" CHECK((method IS NOT NULL) = (kind IN ('tender', 'refund'))),
	CONSTRAINT "till_entries_voids_iff_void" CHECK((voids_entry_id IS NOT NULL) = (kind = 'void')),
	CONSTRAINT "till_entries_sign" CHECK((kind IN ('sale', 'payment', 'tender') AND amount_minor >= 0) OR (kind IN ('void', 'refund') AND amount_minor <= 0))
);
--> statement-breakpoint
CREATE INDEX `till_entries_shift` ON `till_entries` (`shift_id`,`kind`);--> statement-breakpoint
CREATE INDEX `till_entries_receipt` ON `till_entries` (`receipt_id`);--> statement-breakpoint
CREATE INDEX `till_entries_created_at` ON `till_entries` (`created_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `till_entries_voids` ON `till_entries` (`voids_entry_id`);--> statement-breakpoint
CREATE TABLE `till_receipts` (
	`id` text PRIMARY KEY NOT NULL,
	`shift_id` text NOT NULL,
	`operator_id` text,
	`kind` text NOT NULL,
	`customer_id` text,
	`total_minor` integer NOT NULL,
	`tendered_minor` integer NOT NULL,
	`change_minor` integer NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`shift_id`) REFERENCES `till_shifts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`operator_id`) REFERENCES `operators`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "till_receipts_integers" CHECK(typeof(total_minor) = 'integer' AND typeof(tendered_minor) = 'integer' AND typeof(change_minor) = 'integer' AND change_minor >= 0)
);
--> statement-breakpoint
CREATE INDEX `till_receipts_shift` ON `till_receipts` (`shift_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `till_receipts_created_at` ON `till_receipts` (`created_at`);--> statement-breakpoint
CREATE TABLE `till_shifts` (
	`id` text PRIMARY KEY NOT NULL,
	`operator_id` text NOT NULL,
	`workstation_id` text NOT NULL,
	`opened_at` integer NOT NULL,
	`opening_floats` text NOT NULL,
	`closed_at` integer,
	`closed_by` text,
	`closing` text,
	`difference_minor` integer,
	`difference_reason` text,
	FOREIGN KEY (`operator_id`) REFERENCES `operators`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`closed_by`) REFERENCES `operators`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "till_shifts_difference_integer" CHECK(difference_minor IS NULL OR typeof(difference_minor) = 'integer'),
	CONSTRAINT "till_shifts_closed_complete" CHECK((closed_at IS NULL) = (closing IS NULL) AND (closed_at IS NULL) = (difference_minor IS NULL))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `till_shifts_one_open` ON `till_shifts` (`operator_id`,`workstation_id`) WHERE closed_at IS NULL;--> statement-breakpoint
CREATE INDEX `till_shifts_opened_at` ON `till_shifts` (`opened_at`);--> statement-breakpoint
-- The till ledger and its receipts are insert-only: voids and refunds are new reversing rows, never edits.
CREATE TRIGGER till_entries_no_update BEFORE UPDATE ON till_entries
BEGIN
  SELECT RAISE(ABORT, 'till_entries is insert-only');
END;
--> statement-breakpoint
CREATE TRIGGER till_entries_no_delete BEFORE DELETE ON till_entries
BEGIN
  SELECT RAISE(ABORT, 'till_entries is insert-only');
END;
--> statement-breakpoint
CREATE TRIGGER till_receipts_no_update BEFORE UPDATE ON till_receipts
BEGIN
  SELECT RAISE(ABORT, 'till_receipts is insert-only');
END;
--> statement-breakpoint
CREATE TRIGGER till_receipts_no_delete BEFORE DELETE ON till_receipts
BEGIN
  SELECT RAISE(ABORT, 'till_receipts is insert-only');
END;
--> statement-breakpoint
-- A closed shift is immutable; an open one may only be closed (its opening facts never change).
CREATE TRIGGER till_shifts_closed_immutable BEFORE UPDATE ON till_shifts
WHEN OLD.closed_at IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'a closed shift is immutable');
END;
--> statement-breakpoint
CREATE TRIGGER till_shifts_opening_fixed BEFORE UPDATE ON till_shifts
WHEN NEW.id IS NOT OLD.id OR NEW.operator_id IS NOT OLD.operator_id OR NEW.workstation_id IS NOT OLD.workstation_id
  OR NEW.opened_at IS NOT OLD.opened_at OR NEW.opening_floats IS NOT OLD.opening_floats
BEGIN
  SELECT RAISE(ABORT, 'a shift''s opening cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER till_shifts_no_delete BEFORE DELETE ON till_shifts
BEGIN
  SELECT RAISE(ABORT, 'shifts are never deleted');
END;
